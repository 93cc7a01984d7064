package cn.govit.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

/**
 * A session ended in Keycloak ends at the gateway (OpenID Connect Back-Channel Logout): Keycloak posts a
 * logout token to {@code /logout/connect/back-channel/keycloak} whenever a user's Keycloak session ends — a
 * logout in another application, an administrator ending it. Spring Security has verified the token
 * before this runs (the realm's signature, issuer, this client as audience, the back-channel event, no
 * nonce); every gateway session that Keycloak session logged in is then removed from the session store
 * here, so the next request with its {@code SESSION} cookie is anonymous — a page goes to the login, the
 * API answers 401 — and the user's tokens, which live in that session, are gone with it.
 *
 * <p>Spring's own handler would instead post the token back to this gateway's public address with the
 * session's cookie, which behind a proxy and with several replicas may reach another process.
 */
final class BackChannelLogout implements ServerLogoutHandler {

    private final ReactiveOidcSessionRegistry logins;
    private final WebSessionStore sessions;

    BackChannelLogout(ReactiveOidcSessionRegistry logins, WebSessionStore sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    @Override
    public Mono<Void> logout(WebFilterExchange exchange, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return Mono.empty();
        }
        return logins.removeSessionInformation(token)
                .concatMap(login -> sessions.retrieveSession(login.getSessionId()).flatMap(WebSession::invalidate))
                .then();
    }
}

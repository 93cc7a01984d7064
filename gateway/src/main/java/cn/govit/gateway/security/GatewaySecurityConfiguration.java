package cn.govit.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import cn.govit.gateway.browser.BrowserProtection;
import cn.govit.gateway.edge.Problems;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.oidc.server.session.InMemoryReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

/**
 * Who may pass the gateway: browsers log in with Keycloak (authorization code with PKCE) and keep their
 * login in the gateway's session, which ends when their Keycloak session ends ({@link BackChannelLogout});
 * scripts send {@code Authorization: Bearer}, checked here and again downstream. The JSON API never
 * redirects to a login page.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySecurityConfiguration {

    /** The OAuth2 client registration of the realm, as named under {@code spring.security.oauth2.client.registration}. */
    public static final String REGISTRATION_ID = "keycloak";

    /** Where Keycloak posts its logout tokens: the realm's {@code backchannel.logout.url} of {@code govit-gateway}. */
    static final String BACK_CHANNEL_LOGOUT = "/logout/connect/back-channel/{registrationId}";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
            BrowserProtection browser, WebSessionManager sessionManager) {
        // Which gateway session each Keycloak session (its sid) logged in, so that its end can end them.
        ReactiveOidcSessionRegistry logins = new InMemoryReactiveOidcSessionRegistry();
        http.authorizeExchange(a -> a
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Anything else under /actuator would fall through to the app's route; management stays internal.
                        .pathMatchers("/actuator/**").denyAll()
                        // Keycloak's logout-token POST is answered before authorization; any other request there is refused.
                        .pathMatchers(BACK_CHANNEL_LOGOUT).denyAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))
                .securityContextRepository(new BrowserSessions.SecurityContexts())
                .requestCache(c -> c.requestCache(new BrowserSessions.SavedRequests()))
                .oauth2Login(o -> o.authorizationRequestResolver(withPkce(clients)).oidcSessionRegistry(logins))
                .oidcLogout(o -> o.oidcSessionRegistry(logins)
                        .backChannel(b -> b.logoutHandler(new BackChannelLogout(logins, sessionStore(sessionManager)))))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                .logout(l -> l
                        // The session also holds the user's tokens: end it with the login.
                        .logoutHandler(new WebSessionServerLogoutHandler())
                        .logoutSuccessHandler(keycloakLogout(clients)))
                .csrf(browser::csrf)
                .headers(browser::headers);
        return http.build();
    }

    /** The store behind the gateway's web sessions, where a back-channel logout removes them. */
    static WebSessionStore sessionStore(WebSessionManager sessionManager) {
        if (!(sessionManager instanceof DefaultWebSessionManager sessions)) {
            throw new IllegalStateException("Back-channel logout needs the web sessions' store; "
                    + sessionManager.getClass().getName() + " hides it");
        }
        return sessions.getSessionStore();
    }

    /**
     * Spring Boot's decoder (signature, issuer, expiry and the platform's audience and clients) behind a cache of
     * the tokens it accepted: at most a minute, never past a token's expiry, at most 10,000 tokens.
     */
    @Bean
    static BeanPostProcessor verifiedTokensCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Duration.ofMinutes(1), 10_000, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * A request the firewall rejects before any filter — a path with an encoded {@code ;}, {@code %}, {@code /} or
     * {@code \}, e.g. SQL put where an id or tenant code belongs — gets a 400 Problem like every other refusal, not
     * an empty answer, and never reaches the app.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequestsAsProblems(Problems problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "problem.requestRejected", null);
    }

    /**
     * Keeps each user's tokens in their own web session rather than in a gateway-wide map keyed by user
     * name, so they go away with the session and move with it once sessions are shared.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Keycloak requires PKCE (S256) of {@code govit-gateway} even though it is a confidential client. */
    static ServerOAuth2AuthorizationRequestResolver withPkce(ReactiveClientRegistrationRepository clients) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * A script without a token gets 401; a page the browser navigates to goes to the Keycloak login.
     * Anything else (favicon, a stale page's background requests) gets 401 too: each login redirect
     * saves a new authorization request in the session, and a stray one would replace the request the
     * browser is completing, failing its login.
     */
    static ServerAuthenticationEntryPoint entryPoint() {
        MediaTypeServerWebExchangeMatcher page = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        page.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**"),
                        new BearerTokenServerAuthenticationEntryPoint()),
                new DelegateEntry(page, new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION_ID)));
        entryPoint.setDefaultEntryPoint(new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED));
        return entryPoint;
    }

    /** Ends the Keycloak session too (RP-initiated logout), otherwise the next visit would log straight back in. */
    static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(ReactiveClientRegistrationRepository clients) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // Without a browser login to end (a script, an expired session) there is no login page to go back to.
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}

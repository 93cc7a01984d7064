package cn.govit.gateway.security;

import java.net.URI;

import cn.govit.gateway.browser.BrowserProtection;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Only a browser's requests use the web session. A script's request carries its bearer token and is
 * authenticated by it alone; looking up a session for it made a new (unsaved) session object every time,
 * on two other threads, which was a large share of what the gateway did per request.
 */
final class BrowserSessions {

    private BrowserSessions() {
    }

    private static boolean script(ServerWebExchange exchange) {
        return BrowserProtection.bearer(exchange.getRequest());
    }

    /** The login kept in the browser's session; none for a script. */
    static final class SecurityContexts implements ServerSecurityContextRepository {

        private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

        @Override
        public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
            return script(exchange) ? Mono.empty() : sessions.save(exchange, context);
        }

        @Override
        public Mono<SecurityContext> load(ServerWebExchange exchange) {
            return script(exchange) ? Mono.empty() : sessions.load(exchange);
        }
    }

    /** The page a browser asked for before its login, to return to afterwards; a script never logs in. */
    static final class SavedRequests implements ServerRequestCache {

        private final WebSessionServerRequestCache sessions = new WebSessionServerRequestCache();

        @Override
        public Mono<Void> saveRequest(ServerWebExchange exchange) {
            return script(exchange) ? Mono.empty() : sessions.saveRequest(exchange);
        }

        @Override
        public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
            return script(exchange) ? Mono.empty() : sessions.getRedirectUri(exchange);
        }

        @Override
        public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
            return script(exchange) ? Mono.empty() : sessions.removeMatchingRequest(exchange);
        }
    }
}

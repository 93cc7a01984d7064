package cn.govit.gateway.browser;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security only issues the CSRF token when something asks for it; nothing on the gateway does,
 * so every answer to a browser asks, and the browser always has the {@code XSRF-TOKEN} cookie to echo. Runs after
 * the security chain, which puts the token's {@link Mono} on the exchange.
 */
@Component
class CsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        // A script with a bearer token needs no CSRF cookie; making one for each of its requests costs a random number.
        return token == null || BrowserProtection.bearer(exchange.getRequest())
                ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}

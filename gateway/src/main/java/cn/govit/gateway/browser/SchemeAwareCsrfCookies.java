package cn.govit.gateway.browser;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The CSRF token in the cookie {@code XSRF-TOKEN}, readable by the page's script, {@code SameSite=Lax}
 * and {@code Secure} when the browser reached the gateway over TLS — also behind a TLS proxy, whose
 * {@code X-Forwarded-Proto} sets the request's scheme, which the cookie repository alone would not see.
 */
final class SchemeAwareCsrfCookies implements ServerCsrfTokenRepository {

    private final CookieServerCsrfTokenRepository plain = cookies(false);
    private final CookieServerCsrfTokenRepository secure = cookies(true);

    private static CookieServerCsrfTokenRepository cookies(boolean secure) {
        CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure));
        return cookies;
    }

    private CookieServerCsrfTokenRepository of(ServerWebExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme()) ? secure : plain;
    }

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return of(exchange).generateToken(exchange);
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        return of(exchange).saveToken(exchange, token);
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return of(exchange).loadToken(exchange);
    }
}

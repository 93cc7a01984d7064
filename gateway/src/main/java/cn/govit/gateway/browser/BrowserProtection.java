package cn.govit.gateway.browser;

import java.time.Duration;
import java.util.Set;

import cn.govit.gateway.edge.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What protects a browser's session at the gateway: a CSRF token for its state-changing requests, and
 * the security headers of every answer. Wired into the gateway's security chain with {@link #csrf} and
 * {@link #headers}.
 */
@Component
public class BrowserProtection {

    /**
     * Vaadin 25 runs under it: its bootstrap page has an inline script, its client evaluates the
     * JavaScript the server sends ({@code executeJs}) and its components set inline styles. Everything
     * else comes from the gateway's own origin; no other site may frame the platform.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** The platform uses none of these browser features; no script injected into it may either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final Problems problems;

    BrowserProtection(Problems problems) {
        this.problems = problems;
    }

    /**
     * A request a browser sends with its session cookie must carry the session's CSRF token (cookie
     * {@code XSRF-TOKEN}, echoed in the header {@code X-XSRF-TOKEN} or the form field {@code _csrf}) to
     * change anything. Exempt: requests with {@code Authorization: Bearer}, which no other site can make
     * a browser send; and Vaadin's own requests, which Vaadin checks itself — each UIDL and push message
     * carries the UI's CSRF token, each upload URL the element's secret key — and which its client could
     * not send the gateway's token with. Keycloak's back-channel logout (a logout token posted server to server,
     * no cookie) never reaches this check: Spring Security answers it before, once it has verified the token.
     */
    public void csrf(ServerHttpSecurity.CsrfSpec csrf) {
        csrf.csrfTokenRepository(new SchemeAwareCsrfCookies())
                .accessDeniedHandler((exchange, denied) ->
                        problems.write(exchange, HttpStatus.FORBIDDEN, "problem.csrfTokenMissing", null))
                // The token as the cookie holds it: the page's script reads and echoes it unchanged.
                .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(BrowserProtection::needsToken);
    }

    /**
     * Security headers on every answer. HSTS is sent only over TLS — Spring Security checks the request's
     * scheme, which honours {@code X-Forwarded-Proto} from a trusted TLS proxy in front only
     * ({@code govit.edge.trusted-proxies}, {@code edge.ForwardedHeaders}).
     */
    public void headers(ServerHttpSecurity.HeaderSpec headers) {
        headers.frameOptions(f -> f.mode(Mode.DENY))
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicy(p -> p.policy(PERMISSIONS_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .hsts(h -> h.maxAge(Duration.ofDays(365)).includeSubdomains(true));
    }

    static Mono<MatchResult> needsToken(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        boolean exempt = SAFE.contains(request.getMethod())
                || bearer(request)
                || request.getQueryParams().containsKey("v-r")
                || request.getPath().pathWithinApplication().value().startsWith("/VAADIN/");
        return exempt ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
    }

    /** A script's request: it authenticates with its token, not with a cookie another site could make a browser send. */
    public static boolean bearer(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}

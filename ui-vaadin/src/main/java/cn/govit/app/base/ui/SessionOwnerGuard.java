package cn.govit.app.base.ui;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.security.CurrentUser;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Vaadin session holds rendered tenant data on the server. It belongs to the user, tenant and Keycloak
 * login ({@code sid}) that opened it: when a request's token names someone else (another login in the same
 * browser) or the same user's next login — the one before ended in Keycloak, which ended the gateway's
 * session too — the old session is discarded before Vaadin can serve from it.
 */
@Configuration(proxyBeanMethods = false)
class SessionOwnerGuard {

    private static final String OWNER = SessionOwnerGuard.class.getName() + ".owner";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionOwnerFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            /** Scripts use the stateless API; only the UI keeps sessions. */
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return path.startsWith("/api/") || path.startsWith("/actuator/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String owner = CurrentUser.name() + "@" + TenantContext.current().map(Tenant::code).orElse("-")
                        + "#" + keycloakSession().orElse("-");
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(OWNER) != null && !owner.equals(session.getAttribute(OWNER))) {
                    session.invalidate();
                    session = null;
                }
                if (session == null) {
                    request.getSession(true).setAttribute(OWNER, owner);
                } else if (session.getAttribute(OWNER) == null) {
                    session.setAttribute(OWNER, owner);
                }
                chain.doFilter(request, response);
            }
        });
        // After Spring Security (and so after the tenant is known), before Vaadin.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /** The Keycloak session the request's access token was issued in. */
    private static Optional<String> keycloakSession() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.ofNullable(token.getToken().getClaimAsString("sid")) : Optional.empty();
    }
}

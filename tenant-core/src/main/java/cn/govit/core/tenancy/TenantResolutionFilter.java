package cn.govit.core.tenancy;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.govit.core.shared.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the request's tenant from the verified token's {@code organization} claim — and from nothing
 * else: headers and parameters are never consulted. Runs after authentication. A suspended tenant is
 * set too — its users read — and every change it attempts is refused where transactions begin; a tenant
 * still being onboarded is nobody's yet.
 */
public class TenantResolutionFilter extends OncePerRequestFilter {

    /** The Keycloak claim that lists the user's organizations (aliases = tenant codes). */
    public static final String ORGANIZATION_CLAIM = "organization";

    private final TenantRegistry registry;
    private final TenantMigrations migrations;

    public TenantResolutionFilter(TenantRegistry registry, TenantMigrations migrations) {
        this.registry = registry;
        this.migrations = migrations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<Tenant> tenant = auth instanceof JwtAuthenticationToken jwt
                ? organizationOf(jwt.getToken()).flatMap(registry::find).filter(t -> t.status().serves())
                : Optional.empty();
        if (tenant.isPresent() && migrations.migrating(tenant.get().code())) {
            // Its schema is not yet at this build's changelog: wait rather than work on an old schema.
            Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":503,\"title\":\""
                    + Texts.get(locale, "tenant.migrating", tenant.get().nameZh()).replace("\"", "\\\"") + "\"}");
            return;
        }
        tenant.ifPresent(TenantContext::set);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    /** The single organization of a token; a token naming several is ambiguous and gets none. */
    public static Optional<String> organizationOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(ORGANIZATION_CLAIM);
        Collection<?> orgs = switch (claim) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return orgs.size() == 1 ? Optional.of(String.valueOf(orgs.iterator().next())) : Optional.empty();
    }
}

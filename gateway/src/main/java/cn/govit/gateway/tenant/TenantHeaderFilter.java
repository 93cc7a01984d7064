package cn.govit.gateway.tenant;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The tenant (租户) headers a request carries downstream: any the client sent are dropped, and
 * {@value #TENANT_HEADER} is set from the verified token's {@code organization} claim. The header is
 * informational — downstream services resolve the tenant from the token themselves and never trust it.
 */
@Component
public class TenantHeaderFilter implements GlobalFilter, Ordered {

    public static final String TENANT_HEADER = "X-GovIT-Tenant";
    /** The Keycloak claim that lists the user's organizations (aliases = tenant codes). */
    static final String ORGANIZATION_CLAIM = "organization";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(TenantHeaderFilter::organizationOf)
                .defaultIfEmpty(Optional.empty())
                .flatMap(tenant -> chain.filter(exchange.mutate()
                        .request(r -> r.headers(h -> {
                            removeTenantHeaders(h);
                            tenant.ifPresent(code -> h.set(TENANT_HEADER, code));
                        }))
                        .build()));
    }

    /** Before the routing filters, which send the request's headers as they are by then. */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
    }

    /** {@code X-Tenant-Id}, {@code X-Tenant}, any other {@code X-Tenant*} and a forged {@value #TENANT_HEADER}. */
    static boolean isTenantHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-tenant") || lower.equals(TENANT_HEADER.toLowerCase(Locale.ROOT));
    }

    private static void removeTenantHeaders(HttpHeaders headers) {
        List<String> forged = headers.headerNames().stream().filter(TenantHeaderFilter::isTenantHeader).toList();
        forged.forEach(headers::remove);
    }

    /**
     * The single organization of the authenticated user: from the ID token of a browser login, or from
     * the bearer token of a script. A user in several organizations is ambiguous and gets none, as in
     * the app.
     */
    public static Optional<String> organizationOf(Principal principal) {
        Map<String, Object> claims = switch (principal) {
            case OAuth2AuthenticationToken login -> login.getPrincipal().getAttributes();
            case AbstractOAuth2TokenAuthenticationToken<?> bearer -> bearer.getTokenAttributes();
            default -> Map.of();
        };
        Collection<?> organizations = switch (claims.get(ORGANIZATION_CLAIM)) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return organizations.size() == 1 ? Optional.of(String.valueOf(organizations.iterator().next())) : Optional.empty();
    }
}

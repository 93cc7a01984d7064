package cn.govit.gateway.edge;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

import cn.govit.gateway.tenant.TenantHeaderFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Per-tenant (租户) rate limit on every route, a token bucket in Redis shared by all gateway replicas:
 * the bucket is the tenant of the verified token, so one district's scripts cannot slow another
 * district down; a signed-in user of no single tenant has their own, an anonymous client its address.
 * Over the limit the request never reaches the upstream and gets a 429 Problem with {@code Retry-After}.
 * Redis being unreachable lets requests through (the gateway's rate limiter fails open).
 */
@Component
class TenantRateLimitFilter implements GlobalFilter, Ordered {

    private final RedisRateLimiter limiter;
    private final Problems problems;
    private final Duration retryAfter;

    TenantRateLimitFilter(RedisRateLimiter limiter, Problems problems, EdgeProperties properties) {
        this.limiter = limiter;
        this.problems = problems;
        // One token per request: the next one is there after 1/replenishRate seconds.
        this.retryAfter = Duration.ofSeconds(1).dividedBy(properties.rateLimit().replenishRate());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getRequiredAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return keyOf(exchange)
                .flatMap(key -> limiter.isAllowed(route.getId(), key))
                .flatMap(answer -> answer.isAllowed() ? chain.filter(exchange) : refuse(exchange, answer));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RateLimiter.Response answer) {
        answer.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "problem.tooManyRequests", retryAfter);
    }

    /** Before the routes' own filters, so a refused request costs its upstream nothing. */
    @Override
    public int getOrder() {
        return 0;
    }

    static Mono<String> keyOf(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(principal -> TenantHeaderFilter.organizationOf(principal).map(tenant -> "tenant:" + tenant)
                        .orElse("user:" + principal.getName()))
                .switchIfEmpty(Mono.fromSupplier(() -> "client:" + Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                        .map(InetSocketAddress::getHostString).orElse("unknown")));
    }
}

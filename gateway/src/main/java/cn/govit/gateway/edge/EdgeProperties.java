package cn.govit.gateway.edge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the gateway lets through: the circuit breaker of each route and the per-tenant rate limit.
 * Timeouts to the upstreams are the gateway's own {@code spring.cloud.gateway.server.webflux.httpclient.*}.
 *
 * @param breaker   when a route's upstream counts as down, and how long the gateway then answers 503 itself
 * @param rateLimit the token bucket every tenant (or anonymous client address) gets per route
 */
@ConfigurationProperties("govit.edge")
public record EdgeProperties(@DefaultValue Breaker breaker, @DefaultValue RateLimit rateLimit) {

    /**
     * Only failures to reach the upstream (refused or timed-out connections, response timeouts) count;
     * any answer the upstream gives, 4xx or 5xx, is a success to the breaker.
     *
     * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
     * @param slidingWindowSize    calls the failure rate is computed over
     * @param minimumCalls         calls needed before the rate is computed at all
     * @param waitInOpen           how long an open breaker answers 503 before it lets trial calls through;
     *                             also the {@code Retry-After} of every 503
     * @param halfOpenCalls        trial calls that decide whether the breaker closes again
     */
    public record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumCalls, @DefaultValue("10s") Duration waitInOpen,
            @DefaultValue("3") int halfOpenCalls) {
    }

    /**
     * High by default: no person or script of one district reaches it in normal work; a test lowers it.
     *
     * @param replenishRate  requests per second a tenant may make on a route, sustained
     * @param burstCapacity  requests a tenant may make at once
     */
    public record RateLimit(@DefaultValue("1000") int replenishRate, @DefaultValue("2000") long burstCapacity) {
    }
}

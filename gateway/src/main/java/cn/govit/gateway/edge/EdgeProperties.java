package cn.govit.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much the gateway lets through: the circuit breaker of each route, the per-tenant rate limit and
 * the largest request body.
 * Timeouts to the upstreams are the gateway's own {@code spring.cloud.gateway.server.webflux.httpclient.*}.
 *
 * @param breaker   when a route's upstream counts as down, and how long the gateway then answers 503 itself
 * @param rateLimit the token bucket every tenant (or anonymous client address) gets per route
 * @param upload    the largest request body, refused with 413 before it reaches an upstream
 * @param trustedProxies addresses or CIDR ranges of the proxies in front of the gateway (a TLS proxy, the
 *                  ingress), the only senders whose {@code X-Forwarded-*} and {@code Forwarded} headers count;
 *                  loopback by default, empty for a gateway facing its clients directly
 */
@ConfigurationProperties("govit.edge")
public record EdgeProperties(@DefaultValue Breaker breaker, @DefaultValue RateLimit rateLimit,
        @DefaultValue Upload upload, @DefaultValue({"127.0.0.0/8", "::1"}) List<String> trustedProxies) {

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

    /**
     * A document is at most 20 MB (govit.documents.max-size); its multipart request is allowed a little
     * more, as the app allows. A tenant archive holds a district's data and documents and may be far larger.
     *
     * @param maxSize        the largest body of any request not on an archive path
     * @param maxArchiveSize the largest body on an archive path
     * @param archivePaths   where archives arrive: provisioning's imports and verifications, and the
     *                       app's Vaadin uploads, whose handlers keep each upload to its own limit
     */
    public record Upload(@DefaultValue("26MB") DataSize maxSize, @DefaultValue("4GB") DataSize maxArchiveSize,
            @DefaultValue({"/api/v1/tenants/**", "/VAADIN/dynamic/**"}) List<String> archivePaths) {
    }
}

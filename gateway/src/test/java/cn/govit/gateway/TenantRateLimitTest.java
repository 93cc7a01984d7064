package cn.govit.gateway;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.test.context.TestPropertySource;

import static cn.govit.gateway.UpstreamUnavailableTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each tenant (租户) has its own token bucket in the machine's Redis, lowered here to a burst of three
 * and one request a second: the district over its limit gets 429 Problems, another district is served
 * at the same moment.
 */
@TestPropertySource(properties = {
        "govit.edge.rate-limit.replenish-rate=1",
        "govit.edge.rate-limit.burst-capacity=3"})
class TenantRateLimitTest extends GatewayIntegrationTest {

    /** More than a burst of three plus the one token a second boundary during the loop can add. */
    private static final int ATTEMPTS = 10;

    @Autowired
    private ReactiveStringRedisTemplate redis;

    /** The buckets are shared with the other tests' gateways, which use the generous defaults. */
    @BeforeEach
    @AfterEach
    void emptyTheDistrictsBuckets() {
        redis.scan(ScanOptions.scanOptions().match("request_rate_limiter.*tenant:*").build())
                .flatMap(redis::delete)
                .blockLast();
    }

    @Test
    void aTenantOverItsRateGets429ProblemsWhileAnotherTenantIsServed() {
        // The forged header must not move donghu's requests into xihu's bucket.
        ApiClient donghu = as("dh-officer").withHeader("X-GovIT-Tenant", "xihu");
        ApiClient xihu = as("xh-officer");

        for (int i = 0; i < 3; i++) {
            assertThat(echo(donghu.get("/api/v1/projects")).header("X-GovIT-Tenant")).containsExactly("donghu");
        }
        int reached = APP.received();
        Refusal limited = firstRefusal(donghu);
        assertProblem(limited.response(), 429, "请求过于频繁，请稍后重试");
        assertThat(limited.response().headers().get("retry-after")).containsExactly("1");
        assertThat(limited.passed()).as("at most the token a new second adds").isLessThanOrEqualTo(1);

        Refusal english = firstRefusal(donghu.withHeader("Accept-Language", "en"));
        assertProblem(english.response(), 429, "Too many requests; please try again shortly");
        assertThat(APP.received()).as("refused requests never reach the app")
                .isEqualTo(reached + limited.passed() + english.passed());

        assertThat(echo(xihu.get("/api/v1/projects")).header("X-GovIT-Tenant")).containsExactly("xihu");
    }

    /** The first 429, and how many requests passed before it. */
    private record Refusal(ApiClient.Response response, int passed) {
    }

    private static Refusal firstRefusal(ApiClient client) {
        for (int passed = 0; passed < ATTEMPTS; passed++) {
            ApiClient.Response response = client.get("/api/v1/projects");
            if (response.status() != 200) {
                return new Refusal(response, passed);
            }
        }
        throw new AssertionError("No 429 in " + ATTEMPTS + " requests");
    }
}

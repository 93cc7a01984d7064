package cn.govit.gateway;

import java.time.Duration;
import java.time.Instant;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the app is stopped or restarting, clients get a 503 Problem they can retry on, not the
 * gateway's 500; the app's route has its own circuit breaker, and once the app is back requests pass.
 * The breaker is kept small and short here; the response timeout is short too, but longer than
 * Resilience4j's own one-second time limiter would be, to show that only the response timeout applies.
 */
@TestPropertySource(properties = {
        "govit.edge.breaker.sliding-window-size=2",
        "govit.edge.breaker.minimum-calls=2",
        "govit.edge.breaker.failure-rate-threshold=100",
        "govit.edge.breaker.wait-in-open=2s",
        "govit.edge.breaker.half-open-calls=1",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s"})
class UpstreamUnavailableTest extends GatewayIntegrationTest {

    @Test
    void appStoppedIsA503ProblemWithRetryAfterAndRequestsPassOnceItIsBack() throws InterruptedException {
        ApiClient officer = as("dh-officer");
        ApiClient admin = as("platform-admin");
        APP.stop();
        try {
            ApiClient.Response down = officer.get("/api/v1/projects");
            assertProblem(down, 503, "服务正在启动或暂时不可用，请稍后重试");
            assertThat(down.headers().get("retry-after")).containsExactly("2");
            assertThat(down.json().get("instance").asString()).isEqualTo("/api/v1/projects");
            assertProblem(officer.withHeader("Accept-Language", "en").get("/api/v1/projects"), 503,
                    "The service is starting or temporarily unavailable; please try again shortly");
            // Two failures in a row open the app's breaker; provisioning's route has its own and still passes.
            assertProblem(officer.get("/api/v1/projects"), 503, "服务正在启动或暂时不可用，请稍后重试");
            assertThat(echo(admin.get("/api/v1/tenants")).server()).isEqualTo("provisioning");
        } finally {
            APP.restart();
        }

        int reached = APP.received();
        ApiClient.Response whileOpen = officer.get("/api/v1/projects");
        assertProblem(whileOpen, 503, "服务正在启动或暂时不可用，请稍后重试");
        assertThat(whileOpen.headers().get("retry-after")).containsExactly("2");
        assertThat(APP.received()).as("an open breaker answers itself, sparing the restarting app").isEqualTo(reached);

        Instant giveUp = Instant.now().plusSeconds(10);
        ApiClient.Response back = officer.get("/api/v1/projects");
        while (back.status() != 200 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(Duration.ofMillis(250));
            back = officer.get("/api/v1/projects");
        }
        assertThat(echo(back).server()).isEqualTo("app");
    }

    @Test
    void anUpstreamSilentPastTheResponseTimeoutIsA504ProblemWhileASlowAnswerWithinItPasses() {
        ApiClient officer = as("dh-officer");

        ApiClient.Response hanging = officer.withHeader(EchoServer.DELAY_HEADER, "5000").get("/api/v1/projects/export.xlsx");
        assertProblem(hanging, 504, "服务未能在规定时间内响应，请稍后重试");
        assertThat(hanging.headers()).doesNotContainKey("retry-after");

        Echo slow = echo(officer.withHeader(EchoServer.DELAY_HEADER, "1500").get("/api/v1/projects/export.xlsx"));
        assertThat(slow.path()).isEqualTo("/api/v1/projects/export.xlsx");
    }

    static void assertProblem(ApiClient.Response response, int status, String title) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).containsExactly("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isEqualTo(title);
    }
}

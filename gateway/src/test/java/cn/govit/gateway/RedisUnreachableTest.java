package cn.govit.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/** Without Redis the rate limiter cannot count, and lets the districts' requests through rather than refusing them. */
class RedisUnreachableTest extends GatewayIntegrationTest {

    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry properties) {
        properties.add("spring.data.redis.port", RedisUnreachableTest::closedPort);
    }

    @Test
    void requestsPassAndTheGatewayStaysHealthyWhenRedisIsUnreachable() {
        assertTimeout(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(echo(as("dh-officer").get("/api/v1/projects")).server()).isEqualTo("app");
            }
        });
        assertThat(new ApiClient(gatewayUrl(), null).get("/actuator/health").expect(200)
                .get("status").asString()).isEqualTo("UP");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

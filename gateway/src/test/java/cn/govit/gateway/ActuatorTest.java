package cn.govit.gateway;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes answer without login; the rest of the management endpoints is not reachable through the gateway. */
class ActuatorTest extends GatewayIntegrationTest {

    @Test
    void healthAndProbesAnswerWithoutLogin() {
        ApiClient anonymous = new ApiClient(gatewayUrl(), null);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            assertThat(anonymous.get(path).expect(200).get("status").asString()).as(path).isEqualTo("UP");
        }
        assertThat(anonymous.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void otherManagementEndpointsAreClosedEvenToLoggedInUsers() {
        assertThat(as("platform-admin").get("/actuator/env").status()).isEqualTo(403);
    }
}

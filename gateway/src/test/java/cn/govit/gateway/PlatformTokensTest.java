package cn.govit.gateway;

import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only access tokens issued for the platform's own clients pass the gateway; any other token of the realm gets 401. */
class PlatformTokensTest extends GatewayIntegrationTest {

    @Test
    void tokensOfOtherClientsIdTokensAndChangedTokensAreRefusedBeforeAnyUpstream() {
        Map<String, String> foreign = ForeignTokens.of(TestServices.keycloak(), "dh-officer");
        assertThat(foreign).hasSize(4);
        foreign.forEach((what, token) -> {
            for (String path : new String[] {"/api/v1/projects", "/api/v1/tenants"}) {
                ApiClient.Response refused = new ApiClient(gatewayUrl(), token).get(path);
                assertThat(refused.status()).as("%s on %s: %s", what, path, refused.body()).isEqualTo(401);
                assertThat(refused.headers().get("www-authenticate")).as(what)
                        .anyMatch(h -> h.startsWith("Bearer") && h.contains("invalid_token"));
            }
        });
    }

    @Test
    void aScriptsTokenOfThePlatformsCliClientStillPasses() {
        assertThat(echo(as("dh-officer").get("/api/v1/projects")).server()).isEqualTo("app");
        assertThat(echo(as("platform-admin").get("/api/v1/tenants")).server()).isEqualTo("provisioning");
    }
}

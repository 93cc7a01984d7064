package cn.govit.gateway;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only access tokens issued for the platform's own clients pass the gateway; any other token of the realm gets 401. */
class PlatformTokensTest extends GatewayIntegrationTest {

    @Test
    void tokensOfOtherClientsIdTokensAndChangedTokensAreRefusedBeforeAnyUpstream() {
        assertThat(ForeignTokens.admittedBy(gatewayUrl(), TestServices.keycloak(), "dh-officer",
                "/api/v1/projects", "/api/v1/tenants")).isEmpty();
        assertThat(ForeignTokens.admittedBy(gatewayUrl(), TestServices.keycloak(), "platform-admin",
                "/api/v1/tenants")).isEmpty();
    }

    @Test
    void aScriptsTokenOfThePlatformsCliClientStillPasses() {
        assertThat(echo(as("dh-officer").get("/api/v1/projects")).server()).isEqualTo("app");
        assertThat(echo(as("platform-admin").get("/api/v1/tenants")).server()).isEqualTo("provisioning");
    }

    /** The gateway remembers the tokens it verified; a copy changed in any byte is verified afresh, and refused. */
    @Test
    void aVerifiedTokenChangedAfterItPassedIsRefused() {
        String token = token("dh-officer");
        assertThat(new ApiClient(gatewayUrl(), token).get("/api/v1/projects").status()).isEqualTo(200);

        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        String changed = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        assertThat(new ApiClient(gatewayUrl(), changed).get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(gatewayUrl(), token).get("/api/v1/projects").status()).isEqualTo(200);
    }
}

package cn.govit.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;

/**
 * Reached directly, not through the gateway, the app too accepts only access tokens issued for the platform's own
 * clients: another client's token of the realm, an ID token or a changed token gets 401 and reads nothing.
 */
class PlatformTokensApiTest extends CoreIntegrationTest {

    @Test
    void tokensOfOtherClientsIdTokensAndChangedTokensAreUnauthorized() {
        Map<String, String> foreign = ForeignTokens.of(TestServices.keycloak(), "dh-officer");
        assertThat(foreign).hasSize(4);
        foreign.forEach((what, token) -> {
            for (String path : List.of("/api/v1/projects", "/api/v1/owner-units", "/api/open/v1/projects")) {
                ApiClient.Response refused = new ApiClient(baseUrl(), token).get(path);
                assertThat(refused.status()).as("%s on %s: %s", what, path, refused.body()).isEqualTo(401);
                assertThat(refused.headers().get("www-authenticate")).as(what).anyMatch(h -> h.contains("invalid_token"));
            }
        });
    }

    @Test
    void anAccessTokenOfThePlatformsClientStillReadsTheDistrict() {
        assertThat(as("dh-officer").get("/api/v1/projects").status()).isEqualTo(200);
    }
}

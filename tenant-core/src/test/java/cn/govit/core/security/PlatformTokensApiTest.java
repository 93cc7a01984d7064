package cn.govit.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.testsupport.CoreIntegrationTest;
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
        assertThat(ForeignTokens.admittedBy(baseUrl(), TestServices.keycloak(), "dh-officer",
                "/api/v1/projects", "/api/v1/owner-units", "/api/open/v1/projects")).isEmpty();
    }

    @Test
    void anAccessTokenOfThePlatformsClientStillReadsTheDistrict() {
        assertThat(as("dh-officer").get("/api/v1/projects").status()).isEqualTo(200);
    }
}

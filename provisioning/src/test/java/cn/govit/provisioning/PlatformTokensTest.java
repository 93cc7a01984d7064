package cn.govit.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reached directly, provisioning accepts only access tokens issued for the platform's own clients: the platform
 * administrator's token from the realm's built-in {@code admin-cli}, an ID token or a changed token gets 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformTokensTest {

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    @Test
    void thePlatformAdministratorsTokenOfAnotherClientAnIdTokenOrAChangedTokenIsUnauthorized() {
        assertThat(ForeignTokens.admittedBy(baseUrl(), TestServices.keycloak(), "platform-admin", "/api/v1/tenants"))
                .isEmpty();
    }

    @Test
    void thePlatformAdministratorsAccessTokenOfThePlatformsClientStillListsTheTenants() {
        assertThat(new ApiClient(baseUrl(), Tokens.password(TestServices.keycloak(), "platform-admin"))
                .get("/api/v1/tenants").status()).isEqualTo(200);
    }
}

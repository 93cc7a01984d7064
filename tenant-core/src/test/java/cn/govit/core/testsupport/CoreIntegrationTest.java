package cn.govit.core.testsupport;

import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenant core against the real services: a fresh PostgreSQL database and the build's Keycloak with
 * the demo realm; the demo districts 东湖区 and 西湖区 onboarded as provisioning would.
 */
@SpringBootTest(classes = TenantCoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CoreIntegrationTest {

    @Autowired
    protected TenantRegistry registry;

    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    @BeforeEach
    void demoDistricts() {
        registry.onboard("donghu", "东湖区", "Donghu District", TenantLevel.DISTRICT);
        registry.onboard("xihu", "西湖区", "Xihu District", TenantLevel.DISTRICT);
    }

    /** The API as a demo user with a real token from Keycloak. */
    protected ApiClient as(String username) {
        return new ApiClient(baseUrl(), Tokens.password(TestServices.keycloak(), username));
    }

    protected String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}

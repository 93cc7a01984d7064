package cn.govit.core.testsupport;

import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Tenant core on the real services with the demo districts, reached over HTTP like a client would.
 */
@SpringBootTest(classes = TenantCoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CoreIntegrationTest implements OnRealServices {

    @Autowired
    protected TenantRegistry registry;

    @Autowired
    private Environment environment;

    /** The API as a demo user with a real token from Keycloak. */
    protected ApiClient as(String username) {
        return new ApiClient(baseUrl(), Tokens.password(TestServices.keycloak(), username));
    }

    protected String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}

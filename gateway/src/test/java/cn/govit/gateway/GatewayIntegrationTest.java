package cn.govit.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against the build's real Keycloak (demo realm {@code govit}), routing to two echo
 * servers that stand in for the app and provisioning.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayIntegrationTest {

    /** Registered as a redirect URI of {@code govit-gateway} in the demo realm; the test's random port is not. */
    static final String REGISTERED_CALLBACK =
            "http://localhost:" + TestServices.GATEWAY_PORT + "/login/oauth2/code/keycloak";

    static final EchoServer APP = EchoServer.start("app");
    static final EchoServer PROVISIONING = EchoServer.start("provisioning");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        String issuer = TestServices.keycloak().issuerUri();
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        properties.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", () -> issuer);
        properties.add("spring.security.oauth2.client.registration.keycloak.redirect-uri", () -> REGISTERED_CALLBACK);
        // The demo realm's client secret (demo-…) is the default, which only the demo may use.
        properties.add("govit.demo", () -> "true");
        properties.add("govit.routes.app-url", APP::url);
        properties.add("govit.routes.provisioning-url", PROVISIONING::url);
    }

    /** What an echo server received. */
    record Echo(String server, String method, String path, Map<String, List<String>> headers) {

        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    static Echo echo(String body) {
        return JSON.readValue(body, Echo.class);
    }

    static Echo echo(ApiClient.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("Expected 200 from the echo server but got " + response.status() + ": " + response.body());
        }
        return echo(response.body());
    }

    static String token(String username) {
        return Tokens.password(TestServices.keycloak(), username);
    }

    /** The API as a demo user with a real token from Keycloak. */
    ApiClient as(String username) {
        return new ApiClient(gatewayUrl(), token(username));
    }

    String gatewayUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}

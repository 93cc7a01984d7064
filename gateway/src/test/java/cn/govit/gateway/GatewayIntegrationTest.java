package cn.govit.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.LoginBrowser;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static cn.govit.devstack.LoginBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

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
    record Echo(String server, String method, String path, Map<String, List<String>> headers, long bodyBytes) {

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

    /** Follows the gateway's redirects from {@code /} up to the one that leaves for Keycloak. */
    URI authorizationRequest(LoginBrowser browser) {
        HttpResponse<String> home = browser.get(URI.create(gatewayUrl() + "/"));
        assertThat(home.statusCode()).isEqualTo(302);
        URI login = location(home);
        assertThat(login.getPath()).isEqualTo("/oauth2/authorization/keycloak");

        HttpResponse<String> toKeycloak = browser.get(login);
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        return location(toKeycloak);
    }

    /** A browser logged in as {@code username} (password {@code demo}), with its session at the gateway. */
    LoginBrowser logIn(String username) {
        try {
            return logInOnce(username);
        } catch (IllegalStateException e) {
            // Keycloak's dev mode now and then never answers a posted form (the code exchange hangs until the client
            // gives up); a user would log in again, and so does the test, once. A second hang fails it.
            if (!(e.getCause() instanceof HttpTimeoutException)) {
                throw e;
            }
            return logInOnce(username);
        }
    }

    private LoginBrowser logInOnce(String username) {
        LoginBrowser browser = new LoginBrowser();
        HttpResponse<String> loginPage = browser.get(authorizationRequest(browser));
        assertThat(loginPage.statusCode()).isEqualTo(200);

        URI callback = location(browser.logIn(loginPage, username, "demo"));
        assertThat(callback.toString()).startsWith(REGISTERED_CALLBACK + "?");
        // Keycloak sends the browser to the registered port; this gateway listens on a random one.
        HttpResponse<String> loggedIn = browser.get(URI.create(gatewayUrl() + callback.getRawPath() + "?" + callback.getRawQuery()));
        assertThat(loggedIn.statusCode()).as("callback answer: %s", loggedIn.body()).isEqualTo(302);
        assertThat(location(loggedIn).getPath()).isEqualTo("/");
        return browser;
    }
}

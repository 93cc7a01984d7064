package cn.govit.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.LoginBrowser;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;

import static cn.govit.devstack.LoginBrowser.location;
import static cn.govit.devstack.LoginBrowser.query;
import static org.assertj.core.api.Assertions.assertThat;

/** Browsers: sent to Keycloak with PKCE, logged in by session, their own token relayed downstream. */
class BrowserLoginTest extends GatewayIntegrationTest {

    @Test
    void browserWithoutSessionIsSentToKeycloakWithPkce() {
        URI authorize = authorizationRequest(new LoginBrowser());

        assertThat(authorize.toString()).startsWith("http://localhost:" + TestServices.KEYCLOAK_PORT
                + "/realms/govit/protocol/openid-connect/auth?");
        Map<String, String> params = query(authorize);
        assertThat(params)
                .containsEntry("client_id", "govit-gateway")
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", REGISTERED_CALLBACK)
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(params.get("scope").split(" ")).contains("openid", "organization");
    }

    @Test
    void loggedInBrowserReachesTheAppWithTheUsersTokenAndTenant() {
        LoginBrowser browser = logIn("dh-officer");

        HttpResponse<String> home = browser.get(URI.create(gatewayUrl() + "/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");

        Echo echo = echo(home.body());
        assertThat(echo.server()).isEqualTo("app");
        assertThat(echo.header("X-GovIT-Tenant")).containsExactly("donghu");
        assertThat(echo.header("Authorization")).singleElement().asString().startsWith("Bearer ");
        String claims = claimsOf(echo.header("Authorization").getFirst().substring("Bearer ".length()));
        assertThat(claims).contains("\"azp\":\"govit-gateway\"", "\"preferred_username\":\"dh-officer\"");
        // The relayed token is one the app accepts: an access token of the platform's browser client.
        String relayed = echo.header("Authorization").getFirst().substring("Bearer ".length());
        assertThat(new ApiClient(gatewayUrl(), relayed).get("/api/v1/projects").status()).isEqualTo(200);
    }

    @Test
    void theGatewaysOwnIdTokenIsNoBearerToken() {
        LoginBrowser browser = logIn("dh-officer");
        browser.get(URI.create(gatewayUrl() + "/"));
        HttpResponse<String> logout = browser.post(URI.create(gatewayUrl() + "/logout"), Map.of("_csrf", browser.cookie("XSRF-TOKEN")));
        String idToken = query(location(logout)).get("id_token_hint");
        assertThat(claimsOf(idToken)).contains("\"typ\":\"ID\"", "\"azp\":\"govit-gateway\"");

        ApiClient.Response refused = new ApiClient(gatewayUrl(), idToken).get("/api/v1/projects");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().get("www-authenticate")).anyMatch(h -> h.contains("invalid_token"));
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        LoginBrowser browser = logIn("xh-officer");

        browser.get(URI.create(gatewayUrl() + "/"));
        HttpResponse<String> logout = browser.post(URI.create(gatewayUrl() + "/logout"), Map.of("_csrf", browser.cookie("XSRF-TOKEN")));
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = location(logout);
        assertThat(endSession.toString()).startsWith(TestServices.keycloak().issuerUri() + "/protocol/openid-connect/logout?");
        assertThat(query(endSession))
                .containsEntry("post_logout_redirect_uri", gatewayUrl() + "/")
                .containsKey("id_token_hint");

        assertThat(location(browser.get(URI.create(gatewayUrl() + "/"))).getPath()).isEqualTo("/oauth2/authorization/keycloak");
    }

    @Test
    void backgroundRequestWithoutLoginGets401InsteadOfStartingAnotherLogin() {
        ApiClient.Response favicon = new ApiClient(gatewayUrl(), null).get("/favicon.ico");
        assertThat(favicon.status()).isEqualTo(401);
        assertThat(favicon.headers()).doesNotContainKey("location");
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}

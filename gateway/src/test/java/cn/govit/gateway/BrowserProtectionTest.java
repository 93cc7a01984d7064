package cn.govit.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.LoginBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session cannot be used by another site to change anything: its POSTs need the CSRF token
 * of the {@code XSRF-TOKEN} cookie, while scripts with a bearer token and Vaadin's own requests (which
 * Vaadin checks itself) pass without. Every answer carries the security headers; HSTS and {@code Secure}
 * cookies come with TLS, also behind a proxy that says so in {@code X-Forwarded-Proto}.
 */
class BrowserProtectionTest extends GatewayIntegrationTest {

    @Test
    void sessionPostToTheApiWithoutTheCsrfTokenIsRefusedAndWithItPasses() {
        LoginBrowser browser = logIn("dh-officer");
        browser.get(URI.create(gatewayUrl() + "/"));
        int reached = APP.received();

        HttpResponse<String> forged = browser.send(post("/api/v1/projects"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(forged.body()).contains("请求缺少有效的防跨站令牌（CSRF），请刷新页面后重试");
        HttpResponse<String> wrong = browser.send(post("/api/v1/projects").header("X-XSRF-TOKEN", "guessed"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(APP.received()).as("refused at the gateway").isEqualTo(reached);

        HttpResponse<String> withToken = browser.send(post("/api/v1/projects")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(withToken.statusCode()).isEqualTo(200);
        Echo echo = echo(withToken.body());
        assertThat(echo.method()).isEqualTo("POST");
        assertThat(echo.header("Authorization")).singleElement().asString().startsWith("Bearer ");
    }

    @Test
    void bearerPostNeedsNoCsrfToken() {
        Echo echo = echo(as("dh-officer").post("/api/v1/projects", "{}"));

        assertThat(echo.method()).isEqualTo("POST");
        assertThat(echo.path()).isEqualTo("/api/v1/projects");
    }

    @Test
    void vaadinsOwnRequestsPassWithoutTheGatewaysToken() {
        LoginBrowser browser = logIn("dh-officer");

        for (String path : List.of("/?v-r=uidl&v-uiId=0", "/?v-r=heartbeat&v-uiId=0", "/VAADIN/dynamic/resource/0/key/upload")) {
            HttpResponse<String> answer = browser.send(post(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(echo(answer.body()).server()).isEqualTo("app");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverTls() {
        LoginBrowser browser = logIn("dh-officer");

        HttpResponse<String> home = browser.get(URI.create(gatewayUrl() + "/"));
        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(home.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()", "geolocation=()");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();

        ApiClient.Response overTls = new ApiClient(gatewayUrl(), token("dh-officer"))
                .withHeader("X-Forwarded-Proto", "https").get("/api/v1/projects");
        assertThat(overTls.headers().get("strict-transport-security")).singleElement().asString()
                .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void cookiesAreSameSiteLaxAndSecureBehindTls() {
        for (boolean tls : new boolean[] {false, true}) {
            HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/")).header("Accept", "text/html");
            HttpRequest.Builder passing = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/actuator/health"));
            if (tls) {
                page.header("X-Forwarded-Proto", "https");
                passing.header("X-Forwarded-Proto", "https");
            }
            // The login redirect starts the session; any answer to a browser that passes brings the CSRF cookie.
            List<String> cookies = new ArrayList<>(new LoginBrowser().send(page).headers().allValues("Set-Cookie"));
            cookies.addAll(new LoginBrowser().send(passing).headers().allValues("Set-Cookie"));

            assertThat(cookies).extracting(cookie -> cookie.substring(0, cookie.indexOf('=')))
                    .containsExactlyInAnyOrder("SESSION", "XSRF-TOKEN");
            assertThat(cookies).as("over TLS: %s", tls).allSatisfy(cookie -> {
                assertThat(cookie).contains("SameSite=Lax");
                assertThat(cookie.contains("; Secure")).isEqualTo(tls);
            });
        }
    }

    /** A script authenticates with its token alone: it is given neither a session nor a CSRF cookie to keep. */
    @Test
    void aBearerRequestGetsNoCookies() {
        HttpRequest.Builder script = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/api/v1/projects"))
                .header("Authorization", "Bearer " + token("dh-officer"));
        HttpResponse<String> answer = new LoginBrowser().send(script);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl() + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    }
}

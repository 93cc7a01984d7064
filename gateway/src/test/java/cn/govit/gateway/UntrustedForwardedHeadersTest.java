package cn.govit.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.LoginBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that reaches the gateway directly — here loopback, while the only trusted proxy is elsewhere — cannot
 * make it believe the request came over TLS ({@code X-Forwarded-Proto: https}: no HSTS, no {@code Secure}
 * cookie); what it wrote in {@code X-Forwarded-*} never reaches the app. That it cannot pass for another address
 * either is {@code edge.ForwardedHeadersTest}.
 */
@TestPropertySource(properties = "govit.edge.trusted-proxies=10.99.0.0/16")
class UntrustedForwardedHeadersTest extends GatewayIntegrationTest {

    @Test
    void aTlsTheClientClaimsBringsNoHstsAndNoSecureCookies() {
        ApiClient.Response answer = as("dh-officer").withHeader("X-Forwarded-Proto", "https").get("/api/v1/projects");
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/")).header("Accept", "text/html")
                .header("X-Forwarded-Proto", "https");
        // A browser's answer that passes brings the CSRF cookie; a script's (bearer) answer brings none.
        HttpRequest.Builder passing = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/actuator/health"))
                .header("X-Forwarded-Proto", "https");
        List<String> cookies = new ArrayList<>(new LoginBrowser().send(page).headers().allValues("Set-Cookie"));
        cookies.addAll(new LoginBrowser().send(passing).headers().allValues("Set-Cookie"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).doesNotContainKey("strict-transport-security");
        assertThat(cookies).extracting(cookie -> cookie.substring(0, cookie.indexOf('=')))
                .containsExactlyInAnyOrder("SESSION", "XSRF-TOKEN");
        assertThat(cookies).noneMatch(cookie -> cookie.contains("; Secure"));
    }

    @Test
    void forwardedHeadersTheClientWroteDoNotReachTheApp() {
        Echo echo = echo(as("dh-officer").withHeader("X-Forwarded-For", "203.0.113.7")
                .withHeader("X-Forwarded-Host", "evil.example").withHeader("X-Forwarded-Proto", "https")
                .get("/api/v1/projects"));

        assertThat(echo.header("X-Forwarded-For")).isEmpty();
        assertThat(echo.header("X-Forwarded-Host")).isEmpty();
        assertThat(echo.header("X-Forwarded-Proto")).isEmpty();
    }
}

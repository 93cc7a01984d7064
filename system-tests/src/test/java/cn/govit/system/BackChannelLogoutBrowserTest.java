package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import cn.govit.devstack.RealmUsers;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A session ended in Keycloak — here by an administrator, as after a lost laptop or a person leaving — ends in the
 * platform within seconds: Keycloak's back channel tells the gateway, whose session with that cookie answers the
 * API 401 from then on, the page goes to the login, and the app's own session of that login is not served again
 * after the next login.
 */
class BackChannelLogoutBrowserTest extends BrowserTest {

    private static final String USER = "dh-secrecy";
    /** How long the platform may take; Keycloak calls the back channel before its own answer, so it is at once here. */
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void aSessionEndedInKeycloakEndsInThePlatformWithinSeconds() throws Exception {
        open("/");
        logIn(USER);
        wait.until(d -> !d.findElements(By.id("todo-summary")).isEmpty());
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        String appSession = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(apiWith(session)).isEqualTo(200);

        Instant ended = Instant.now();
        RealmUsers.endSessions(TestServices.keycloak(), USER);
        int status = apiWith(session);
        while (status == 200 && Instant.now().isBefore(ended.plus(WITHIN))) {
            Thread.sleep(100);
            status = apiWith(session);
        }
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "Back-channel logout: the gateway refused the session {0} ms after Keycloak was asked to end it",
                Duration.between(ended, Instant.now()).toMillis());

        assertThat(status).as("the API with the ended session's cookie").isEqualTo(401);
        browser.navigate().refresh();
        wait.until(Browser::atKeycloak);
        assertThat(browser.findElements(By.id("username"))).as("Keycloak asks for the login again").isNotEmpty();
        Browser.screenshot(browser, "back-channel-logout-login");

        logIn(USER);
        wait.until(d -> !d.findElements(By.id("todo-summary")).isEmpty());
        assertThat(browser.manage().getCookieNamed("SESSION").getValue()).isNotEqualTo(session);
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).as("the app's session of the ended login")
                .isNotEqualTo(appSession);
    }

    /** The API through the gateway with only the browser's session cookie, as the page's script calls it. */
    private static int apiWith(String session) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(SystemUnderTest.platform().gatewayUrl() + "/api/v1/projects"))
                    .header("Cookie", "SESSION=" + session).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}

package cn.govit.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.DemoData;
import cn.govit.devstack.Platform;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;

/**
 * The packaged platform — provisioning, app and gateway as separate processes — on a fresh database
 * and the build's Keycloak, seeded with the demo tenants through the public API. Started once per
 * test JVM.
 */
final class SystemUnderTest {

    private static Platform platform;

    private SystemUnderTest() {
    }

    static synchronized Platform platform() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("govit.build.root", "..")).toAbsolutePath().normalize();
            Platform started = new Platform(root, TestServices.database(), TestServices.keycloak(), Platform.Ports.TEST,
                    Path.of("target", "platform-logs")).start(Duration.ofMinutes(4));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "govit-platform-stop"));
            DemoData.seed(started, TestServices.keycloak());
            warmUpUi(started);
            platform = started;
        }
        return platform;
    }

    /** The first page of a cold app takes long to render; render one before a browser test waits for it. */
    private static void warmUpUi(Platform started) {
        HttpRequest firstPage = HttpRequest.newBuilder(URI.create(started.appUrl() + "/"))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), "dh-officer"))
                .header("Accept", "text/html").build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(firstPage, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("The app did not render its first page: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The gateway as a script sees it, with a token of a demo user. */
    static ApiClient gatewayAs(String username) {
        return new ApiClient(platform().gatewayUrl(), Tokens.password(TestServices.keycloak(), username));
    }
}

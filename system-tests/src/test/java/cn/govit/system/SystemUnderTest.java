package cn.govit.system;

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
            platform = started;
        }
        return platform;
    }

    /** The gateway as a script sees it, with a token of a demo user. */
    static ApiClient gatewayAs(String username) {
        return new ApiClient(platform().gatewayUrl(), Tokens.password(TestServices.keycloak(), username));
    }
}

package cn.govit.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLeasesTest {

    @TempDir
    Path home;

    @Test
    void theServerStopsAfterItsLastBuildHasEndedAndNotBefore() throws Exception {
        Process server = new ProcessBuilder("setsid", "sleep", "300").start();
        Process firstBuild = new ProcessBuilder("sleep", "1").start();
        Process secondBuild = new ProcessBuilder("sleep", "12").start();
        Path leases = home.resolve("leases");
        Path state = home.resolve("server.state");
        Files.writeString(state, server.pid() + " hash");
        BuildLeases.hold(leases, firstBuild.pid());
        BuildLeases.hold(leases, secondBuild.pid());

        BuildLeases.stopWhenReleased(leases, server.pid(), state);

        firstBuild.waitFor(5, TimeUnit.SECONDS);
        Thread.sleep(8_000);
        assertThat(server.isAlive()).as("the second build still uses the server").isTrue();
        secondBuild.waitFor(10, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(server.isAlive()).as("no build holds a lease any more").isFalse();
        assertThat(state).doesNotExist();
        assertThat(leases).isEmptyDirectory();
    }
}

package cn.govit.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo Keycloak's administrator gets a generated password, kept for the next run, never admin. */
class KeycloakAdminPasswordTest {

    @Test
    void theAdminPasswordIsGeneratedOnceAndTheNextRunReadsTheSame(@TempDir Path work) throws Exception {
        Path home = work.resolve("keycloak-" + KeycloakServer.VERSION);

        String first = new KeycloakServer(home, 8180, "127.0.0.1").adminPassword();
        String nextRun = new KeycloakServer(home, 8180, "127.0.0.1").adminPassword();

        assertThat(first).hasSize(20).isNotEqualTo("admin").isEqualTo(nextRun);
        assertThat(Files.readString(work.resolve("keycloak-" + KeycloakServer.VERSION + ".admin-password"))).isEqualTo(first);
        assertThat(new KeycloakServer(work.resolve("other-home"), 8180).adminPassword()).isNotEqualTo(first);
    }
}

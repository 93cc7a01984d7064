package cn.govit.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A service configured with a demo secret starts only as the demo. */
class DemoSecretGuardTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DemoSecretGuard.class));

    @Test
    void aDemoClientSecretOutsideTheDemoStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("govit.keycloak.client-secret=demo-provisioning-secret")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .hasMessageContaining("govit.keycloak.client-secret")
                            .hasMessageContaining("演示密钥");
                });
    }

    @Test
    void aDemoPasswordGivenThroughAPlaceholderDefaultIsFoundToo() {
        runner.withPropertyValues("spring.datasource.password=${DB_PASSWORD_UNSET_HERE:demo-db}")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theDemoProfileOrGovitDemoStartsWithDemoSecrets() {
        runner.withPropertyValues("govit.keycloak.client-secret=demo-provisioning-secret", "spring.profiles.active=demo")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("govit.keycloak.client-secret=demo-provisioning-secret", "govit.demo=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void realSecretsStartOutsideTheDemo() {
        runner.withPropertyValues("govit.keycloak.client-secret=9f2c1e7a-real", "spring.datasource.password=govit-app")
                .run(context -> assertThat(context).hasNotFailed());
    }
}

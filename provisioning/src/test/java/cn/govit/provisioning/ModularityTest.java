package cn.govit.provisioning;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Onboarding talks to Keycloak only through the keycloak feature's public types. */
class ModularityTest {

    @Test
    void provisioningFeaturesRespectTheirBoundaries() {
        ApplicationModules.of(ProvisioningApplication.class).verify();
    }
}

package cn.govit.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** UI features (base, project, …) use each other's public types only and never form a cycle. */
class ModularityTest {

    @Test
    void uiFeaturesRespectTheirBoundaries() {
        ApplicationModules.of(GovitApplication.class).verify();
    }
}

package cn.govit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * Features talk through each other's public service, types and events only, within the dependencies
 * each declares in its {@code package-info}; no cycles. Writes the module documentation (a diagram and
 * a canvas per module) under {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of("cn.govit.core");

    @Test
    void featureModulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void theLifecycleKnowsNoneOfTheFeaturesThatListenToItsSteps() {
        ApplicationModule lifecycle = MODULES.getModuleByName("lifecycle").orElseThrow();
        ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

        assertThat(audit.getDependencies(MODULES, DependencyType.EVENT_LISTENER).contains(lifecycle)).isTrue();
        assertThat(lifecycle.getDependencies(MODULES).contains(audit)).isFalse();
        assertThat(lifecycle.getDependencies(MODULES).containsModuleNamed("catalogue")).isFalse();
        ApplicationModule library = MODULES.getModuleByName("library").orElseThrow();
        assertThat(library.getDependencies(MODULES, DependencyType.EVENT_LISTENER).contains(lifecycle)).isTrue();
        assertThat(lifecycle.getDependencies(MODULES).contains(library)).isFalse();
        // The leading group's inclusion takes the lifecycle's step; the lifecycle does not know the plan.
        ApplicationModule plan = MODULES.getModuleByName("plan").orElseThrow();
        assertThat(plan.getDependencies(MODULES).contains(lifecycle)).isTrue();
        assertThat(lifecycle.getDependencies(MODULES).contains(plan)).isFalse();
        assertThat(plan.getDependencies(MODULES).contains(library)).isFalse();
        ApplicationModule notification = MODULES.getModuleByName("notification").orElseThrow();
        assertThat(notification.getDependencies(MODULES, DependencyType.EVENT_LISTENER).contains(lifecycle)).isTrue();
        assertThat(lifecycle.getDependencies(MODULES).contains(notification)).isFalse();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}

package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四十一条 — a district sets its own rules with reference to the city's: 西湖区's override changes
 * the outcome in 西湖区 only, and only for steps dated from the day it takes effect.
 */
class DistrictOverrideTest extends LifecycleIntegrationTest {

    /** Rule versions outlive the test: 西湖区 goes back to the city's rules, effective today (the highest version wins). */
    @AfterEach
    void xihuBackOnTheCityRules() {
        xihu.publishRulesEffectiveToday(Map.of());
    }

    @Test
    void R7_xihuThresholdOf500000LetsA400000ProjectSuperviseItselfInXihuOnly() {
        int version = xihu.publishRulesEffectiveToday(Map.of("R7_SELF_SUPERVISION_THRESHOLD", "500000"));

        String inXihu = xihu.projectAt("西湖区四十万元项目", "400000.00", ProjectStatus.SUBMITTED, null);
        JsonNode step = xihu.take(inXihu, LifecycleAction.SELF_SUPERVISE, null);
        assertThat(step.get("to").asString()).isEqualTo("SELF_SUPERVISED");
        assertThat(step.get("ruleSetVersion").asString()).endsWith("/xihu@" + version);

        String inDonghu = donghu.projectAt("东湖区四十万元项目", "400000.00", ProjectStatus.SUBMITTED, null);
        refused(donghu.attempt(inDonghu, LifecycleAction.SELF_SUPERVISE, null), 422, "R7");
        assertThat(donghu.status(inDonghu)).isEqualTo("SUBMITTED");
    }

    @Test
    void R7_stepDatedBeforeTheOverrideTakesEffectIsJudgedUnderTheOldVersion() {
        int version = xihu.publishRulesEffectiveToday(Map.of("R7_SELF_SUPERVISION_THRESHOLD", "500000"));
        String id = xihu.createComplete("西湖区补录项目", "400000.00");

        JsonNode submitted = xihu.take(id, LifecycleAction.SUBMIT, today.minusDays(1));
        assertThat(submitted.get("ruleSetVersion").asString()).startsWith("city@").contains("/xihu@")
                .doesNotEndWith("/xihu@" + version);
        refused(xihu.attempt(id, LifecycleAction.SELF_SUPERVISE, today.minusDays(1)), 422, "R7");

        JsonNode selfSupervised = xihu.take(id, LifecycleAction.SELF_SUPERVISE, null);
        assertThat(selfSupervised.get("ruleSetVersion").asString()).endsWith("/xihu@" + version);
        assertThat(xihu.steps(id).valueStream().map(s -> s.get("ruleSetVersion").asString())).containsExactly(
                submitted.get("ruleSetVersion").asString(), selfSupervised.get("ruleSetVersion").asString());
    }

    @Test
    void R8_5_xihuMinimumOfFiveYearsFreeOmBlocksFourYearsInXihuOnly() {
        xihu.publishRulesEffectiveToday(Map.of("R8_5_MIN_FREE_OM_YEARS", "5"));

        assertSubmissionBlocked(xihu, fourYearsFreeOm(xihu), "R8.5", "freeOmYears");
        assertSubmissionAllowed(donghu, fourYearsFreeOm(donghu), "R8.5");
    }

    @Test
    void R8_5_xihuRulesShowTheOverrideBesideTheCityValue() {
        xihu.publishRulesEffectiveToday(Map.of("R8_5_MIN_FREE_OM_YEARS", "5"));

        JsonNode inXihu = parameter(xihu.officer().get("/api/v1/rules").expect(200), "R8_5_MIN_FREE_OM_YEARS");
        assertThat(inXihu.get("value").asString()).isEqualTo("5");
        assertThat(inXihu.get("baseline").asString()).isEqualTo("3");
        assertThat(inXihu.get("overridden").asBoolean()).isTrue();
        JsonNode inDonghu = parameter(donghu.officer().get("/api/v1/rules").expect(200), "R8_5_MIN_FREE_OM_YEARS");
        assertThat(inDonghu.get("value").asString()).isEqualTo("3");
        assertThat(inDonghu.get("overridden").asBoolean()).isFalse();

        JsonNode differences = as("nc-bureau").get("/api/v1/rules/differences").expect(200);
        assertThat(differences.get("xihu").valueStream().map(d -> d.get("parameter").asString()))
                .containsExactly("R8_5_MIN_FREE_OM_YEARS");
    }

    private static ObjectNode fourYearsFreeOm(LifecycleDriver district) {
        ObjectNode application = district.application("四年免费运维新建项目", "500000.00");
        application.put("freeOmYears", 4);
        return application;
    }

    private String cityVersion(JsonNode step) {
        String label = step.get("ruleSetVersion").asString();
        return label.substring("city@".length(), label.indexOf('/'));
    }
}

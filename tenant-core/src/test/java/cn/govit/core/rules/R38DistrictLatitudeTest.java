package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * 第三十八条 — what Art. 38 makes binding on every county, district and development zone a district's
 * rule set may tighten but never loosen; everything else it sets with reference to the city's (Art. 41).
 */
class R38DistrictLatitudeTest extends LifecycleIntegrationTest {

    private static final String R8_1 = RuleParameter.R8_1_NO_MACHINE_ROOM_OR_HARDWARE.name();

    /** Rule versions outlive the test: 西湖区 goes back to the city's rules. */
    @AfterEach
    void xihuBackOnTheCityRules() {
        xihu.publishRulesEffectiveToday(Map.of());
    }

    @Test
    void R38_districtCannotSwitchOffTheHardwareBan() {
        ApiClient admin = xihu.admin();
        String before = admin.get("/api/v1/rules/versions").expect(200).toString();

        JsonNode problem = refused(admin.post("/api/v1/rules/versions",
                Map.of("effectiveFrom", today.toString(), "overrides", Map.of(R8_1, "false"))), 422, "R38");

        assertThat(problem.get("field").asString()).isEqualTo("overrides." + R8_1);
        assertThat(problem.get("title").asString()).contains("第三十八条", "县（区）、开发区不得放宽", "不再新建机房");
        assertThat(admin.get("/api/v1/rules/versions").expect(200).toString()).isEqualTo(before);
        assertThat(parameter(xihu.officer().get("/api/v1/rules").expect(200), R8_1).get("value").asString())
                .isEqualTo("true");
    }

    @ParameterizedTest
    @EnumSource(value = RuleParameter.class, names = {"R8_1_NO_MACHINE_ROOM_OR_HARDWARE", "R8_2_GOV_EXTRANET_REQUIRED",
            "R8_10_SECURITY_OPINIONS_REQUIRED", "R33_SANCTIONS_ENFORCED"})
    void R38_districtCannotLoosenWhatBindsEveryDistrictEvenBesideAnAllowedChange(RuleParameter locked) {
        ApiClient admin = xihu.admin();
        String before = admin.get("/api/v1/rules/versions").expect(200).toString();

        JsonNode problem = refused(admin.post("/api/v1/rules/versions", Map.of("effectiveFrom", today.toString(),
                "overrides", Map.of("R7_SELF_SUPERVISION_THRESHOLD", "500000", locked.name(), "false"))), 422, "R38");

        assertThat(problem.get("field").asString()).isEqualTo("overrides." + locked.name());
        assertThat(admin.get("/api/v1/rules/versions").expect(200).toString()).isEqualTo(before);
        JsonNode rules = xihu.officer().get("/api/v1/rules").expect(200);
        assertThat(parameter(rules, locked.name()).get("value").asString()).isEqualTo("true");
        assertThat(parameter(rules, "R7_SELF_SUPERVISION_THRESHOLD").get("value").asString()).isEqualTo("300000.00");
    }

    @Test
    void R38_cityBaselineCannotSwitchOffTheHardwareBanForTheDistrictsEither() {
        ApiClient cityAdmin = as("nc-admin");
        String before = cityAdmin.get("/api/v1/rules/versions").expect(200).toString();

        ApiClient.Response response = cityAdmin.post("/api/v1/rules/versions",
                Map.of("effectiveFrom", today.toString(), "overrides", Map.of(R8_1, "false")));
        if (response.status() == 201) {
            // A wrongly published baseline would loosen every district for the tests after this one.
            JsonNode versions = cityAdmin.get("/api/v1/rules/versions").expect(200);
            JsonNode previous = versions.size() > 1 ? versions.get(versions.size() - 2).get("overrides") : null;
            cityAdmin.post("/api/v1/rules/versions", Map.of("effectiveFrom", today.toString(),
                    "overrides", previous == null ? Map.of() : previous)).expect(201);
        }

        JsonNode problem = refused(response, 422, "R38");
        assertThat(problem.get("title").asString()).contains("第三十八条", "市级基准");
        assertThat(cityAdmin.get("/api/v1/rules/versions").expect(200).toString()).isEqualTo(before);
        assertThat(parameter(donghu.officer().get("/api/v1/rules").expect(200), R8_1).get("value").asString())
                .isEqualTo("true");
    }

    @Test
    void R38_refusalIsExplainedInEnglishWhenAsked() {
        ApiClient.Response response = xihu.admin().withHeader("Accept-Language", "en").post("/api/v1/rules/versions",
                Map.of("effectiveFrom", today.toString(), "overrides", Map.of(R8_1, "false")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("title").asString()).startsWith("Art. 38").contains("No new machine rooms")
                .doesNotMatch(".*\\p{IsHan}.*");
    }

    @Test
    void R41_districtStillLoosensWhatArt38LeavesToItAndRestatesWhatBindsIt() {
        int version = xihu.publishRulesEffectiveToday(Map.of("R8_3_RESOURCE_CATALOGUE_REQUIRED", "false",
                "R8_5_MIN_FREE_OM_YEARS", "2", R8_1, "true"));

        JsonNode rules = xihu.officer().get("/api/v1/rules").expect(200);
        assertThat(rules.get("version").asString()).endsWith("/xihu@" + version);
        assertThat(parameter(rules, "R8_3_RESOURCE_CATALOGUE_REQUIRED").get("value").asString()).isEqualTo("false");
        assertThat(parameter(rules, "R8_5_MIN_FREE_OM_YEARS").get("value").asString()).isEqualTo("2");
        assertThat(parameter(rules, R8_1).get("value").asString()).isEqualTo("true");
    }

    @Test
    void R38_rulesSayWhatADistrictMayDoWithEachParameter() {
        JsonNode rules = xihu.officer().get("/api/v1/rules").expect(200);

        assertThat(parameter(rules, R8_1).get("latitude").asString()).isEqualTo("TIGHTEN_ONLY");
        assertThat(parameter(rules, "R33_SANCTIONS_ENFORCED").get("latitude").asString()).isEqualTo("TIGHTEN_ONLY");
        assertThat(parameter(rules, "R7_SELF_SUPERVISION_THRESHOLD").get("latitude").asString())
                .isEqualTo("LOOSEN_OR_TIGHTEN");
    }
}

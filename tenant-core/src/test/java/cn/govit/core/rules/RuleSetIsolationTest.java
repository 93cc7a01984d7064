package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Each district's rule set is its own: read, published and compared only where the token's organization allows. */
class RuleSetIsolationTest extends LifecycleIntegrationTest {

    @AfterEach
    void xihuBackOnTheCityRules() {
        xihu.publishRulesEffectiveToday(Map.of());
    }

    @Test
    void eachDistrictReadsItsOwnRules() {
        int version = xihu.publishRulesEffectiveToday(Map.of("R8_4_MIN_QUANTITATIVE_INDICATORS", "2"));

        JsonNode inXihu = xihu.officer().get("/api/v1/rules").expect(200);
        assertThat(inXihu.get("tenant").asString()).isEqualTo("xihu");
        assertThat(inXihu.get("version").asString()).endsWith("/xihu@" + version);
        assertThat(value(inXihu, "R8_4_MIN_QUANTITATIVE_INDICATORS")).isEqualTo("2");

        JsonNode inDonghu = donghu.officer().get("/api/v1/rules").expect(200);
        assertThat(inDonghu.get("tenant").asString()).isEqualTo("donghu");
        assertThat(value(inDonghu, "R8_4_MIN_QUANTITATIVE_INDICATORS")).isEqualTo("1");
        assertThat(donghu.officer().get("/api/v1/rules/versions").expect(200).valueStream()
                .map(v -> v.get("tenant").asString())).doesNotContain("xihu");
    }

    @Test
    void forgedTenantHeaderDoesNotChangeWhoseRulesAreRead() {
        xihu.publishRulesEffectiveToday(Map.of("R8_4_MIN_QUANTITATIVE_INDICATORS", "2"));

        for (String header : new String[] {"X-Tenant-Id", "X-GovIT-Tenant"}) {
            JsonNode rules = donghu.officer().withHeader(header, "xihu").get("/api/v1/rules").expect(200);
            assertThat(rules.get("tenant").asString()).isEqualTo("donghu");
            assertThat(value(rules, "R8_4_MIN_QUANTITATIVE_INDICATORS")).isEqualTo("1");
        }
    }

    @Test
    void donghuAdminPublishingWithAForgedHeaderChangesOnlyDonghu() {
        ApiClient forged = donghu.admin().withHeader("X-Tenant-Id", "xihu").withHeader("X-GovIT-Tenant", "xihu");
        try {
            JsonNode published = forged.post("/api/v1/rules/versions", Map.of("effectiveFrom", today.toString(),
                    "overrides", Map.of("R19_MONTHLY_REPORT_DUE_DAY", "15"), "note", "东湖区月报日调整")).expect(201);
            assertThat(published.get("tenant").asString()).isEqualTo("donghu");

            assertThat(value(donghu.officer().get("/api/v1/rules").expect(200), "R19_MONTHLY_REPORT_DUE_DAY")).isEqualTo("15");
            assertThat(value(xihu.officer().get("/api/v1/rules").expect(200), "R19_MONTHLY_REPORT_DUE_DAY")).isEqualTo("10");
            assertThat(xihu.officer().get("/api/v1/rules/versions").expect(200).valueStream()
                    .map(v -> v.get("note").asString())).doesNotContain("东湖区月报日调整");
        } finally {
            donghu.publishRulesEffectiveToday(Map.of());
        }
        assertThat(value(donghu.officer().get("/api/v1/rules").expect(200), "R19_MONTHLY_REPORT_DUE_DAY")).isEqualTo("10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-officer", "dh-admin", "dh-bureau", "xh-admin", "nc-admin"})
    void differencesOfAllDistrictsAreForbiddenToAnyoneButTheCitySupervisor(String user) {
        ApiClient.Response response = as(user).get("/api/v1/rules/differences");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("xihu", "donghu");
    }

    @Test
    void citySupervisorSeesEachDistrictsDifferences() {
        xihu.publishRulesEffectiveToday(Map.of("R8_4_MIN_QUANTITATIVE_INDICATORS", "2"));

        JsonNode differences = as("nc-bureau").get("/api/v1/rules/differences").expect(200);

        assertThat(differences.get("xihu").valueStream().map(d -> d.get("parameter").asString()))
                .containsExactly("R8_4_MIN_QUANTITATIVE_INDICATORS");
        assertThat(differences.get("donghu")).isEmpty();
    }

    private static String value(JsonNode rules, String name) {
        return parameter(rules, name).get("value").asString();
    }
}

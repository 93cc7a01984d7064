package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad rule-set version is refused with a 400 naming the field (Art. 41), never a 500, and nothing is published. */
class RuleSetInputTest extends LifecycleIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown parameter         | {"effectiveFrom":"%s","overrides":{"R99_FREE_LUNCH":"1"}}                    | overrides
            money not a number        | {"effectiveFrom":"%s","overrides":{"R7_SELF_SUPERVISION_THRESHOLD":"abc"}}  | overrides.R7_SELF_SUPERVISION_THRESHOLD
            money with fractions of fen| {"effectiveFrom":"%s","overrides":{"R7_SELF_SUPERVISION_THRESHOLD":"1.001"}}| overrides.R7_SELF_SUPERVISION_THRESHOLD
            negative money            | {"effectiveFrom":"%s","overrides":{"R7_SELF_SUPERVISION_THRESHOLD":"-1"}}   | overrides.R7_SELF_SUPERVISION_THRESHOLD
            integer out of range      | {"effectiveFrom":"%s","overrides":{"R8_4_MIN_QUANTITATIVE_INDICATORS":"51"}}| overrides.R8_4_MIN_QUANTITATIVE_INDICATORS
            integer with a fraction   | {"effectiveFrom":"%s","overrides":{"R8_5_MIN_FREE_OM_YEARS":"2.5"}}         | overrides.R8_5_MIN_FREE_OM_YEARS
            due day beyond the 28th   | {"effectiveFrom":"%s","overrides":{"R19_MONTHLY_REPORT_DUE_DAY":"31"}}      | overrides.R19_MONTHLY_REPORT_DUE_DAY
            flag not a flag           | {"effectiveFrom":"%s","overrides":{"R8_1_NO_MACHINE_ROOM_OR_HARDWARE":"yes"}}| overrides.R8_1_NO_MACHINE_ROOM_OR_HARDWARE
            impossible month-day      | {"effectiveFrom":"%s","overrides":{"R32_OM_ASSESSMENT_DUE":"12-32"}}        | overrides.R32_OM_ASSESSMENT_DUE
            value missing             | {"effectiveFrom":"%s","overrides":{"R8_5_MIN_FREE_OM_YEARS":null}}          | overrides.R8_5_MIN_FREE_OM_YEARS
            effective in the past     | {"effectiveFrom":"2020-01-01","overrides":{},"note":"%s"}                   | effectiveFrom
            effective date impossible | {"effectiveFrom":"2026-02-30","overrides":{},"note":"%s"}                   | effectiveFrom
            effective date missing    | {"overrides":{},"note":"%s"}                                                | effectiveFrom
            overrides missing         | {"effectiveFrom":"%s"}                                                      | overrides
            overrides not an object   | {"effectiveFrom":"%s","overrides":["R7_SELF_SUPERVISION_THRESHOLD"]}        | overrides
            """)
    void badVersionIsA400NamingTheFieldAndNothingIsPublished(String name, String template, String field) {
        ApiClient admin = xihu.admin();
        String before = admin.get("/api/v1/rules/versions").expect(200).toString();

        ApiClient.Response response = admin.send("POST", "/api/v1/rules/versions", template.formatted(today));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(admin.get("/api/v1/rules/versions").expect(200).toString()).isEqualTo(before);
    }

    @Test
    void onlyTheTenantAdminPublishesRules() {
        String before = xihu.officer().get("/api/v1/rules/versions").expect(200).toString();

        for (String user : new String[] {"officer", "bureau", "dept"}) {
            ApiClient.Response response = xihu.user(user).send("POST", "/api/v1/rules/versions",
                    "{\"effectiveFrom\":\"" + today + "\",\"overrides\":{\"R7_SELF_SUPERVISION_THRESHOLD\":\"1000000\"}}");
            assertThat(response.status()).as(user).isEqualTo(403);
        }

        assertThat(xihu.officer().get("/api/v1/rules/versions").expect(200).toString()).isEqualTo(before);
    }

    @Test
    void rulesOnAMalformedDateAreA400() {
        assertThat(xihu.officer().get("/api/v1/rules?date=tomorrow").status()).isEqualTo(400);
    }

    @Test
    void badValueIsExplainedInEnglishWhenAsked() {
        ApiClient.Response response = xihu.admin().withHeader("Accept-Language", "en").send("POST",
                "/api/v1/rules/versions", "{\"effectiveFrom\":\"" + today + "\",\"overrides\":{\"R9_LIBRARY_HORIZON_YEARS\":\"0\"}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).doesNotMatch(".*\\p{IsHan}.*");
        assertThat(response.json().get("article").asString()).isEqualTo("R9");
    }
}

package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad steps and edits are refused with a problem naming the field, never a 500, and change nothing. */
class LifecycleInputTest extends LifecycleIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown action           | {"action":"FLY","version":%d}                                            | action
            missing action           | {"version":%d}                                                           | action
            missing version          | {"action":"SUBMIT"}                                                      | version
            version not a number     | {"action":"SUBMIT","version":"abc%d"}                                    | version
            impossible date          | {"action":"SUBMIT","version":%d,"occurredOn":"2026-02-30"}               | occurredOn
            date not a date          | {"action":"SUBMIT","version":%d,"occurredOn":"yesterday"}                | occurredOn
            date in the future       | {"action":"SUBMIT","version":%d,"occurredOn":"2999-01-01"}               | occurredOn
            date beyond two years    | {"action":"SUBMIT","version":%d,"occurredOn":"2000-01-01"}               | occurredOn
            document id not an id    | {"action":"SUBMIT","version":%d,"documentIds":["x"]}                     | documentIds
            unknown document         | {"action":"SUBMIT","version":%d,"documentIds":["9f1c7a52-0000-4000-8000-000000000000"]} | documentIds
            """)
    void badStepIsA400NamingTheFieldAndNothingChanges(String name, String template, String field) {
        String id = donghu.createComplete("东湖区输入校验项目：" + name, "500000.00");
        String before = snapshot(id);

        ApiClient.Response response = donghu.officer().send("POST", steps(id), template.formatted(donghu.version(id)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).startsWith(field);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void staleVersionIsA409InChineseAndNothingChanges() {
        String id = donghu.createComplete("东湖区过期版本项目", "500000.00");
        String before = snapshot(id);

        ApiClient.Response response = donghu.officer().post(steps(id),
                Map.of("action", "SUBMIT", "version", donghu.version(id) + 1));

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void stepDatedBeforeThePreviousStepIsA400() {
        String id = donghu.projectAt("东湖区倒填日期项目", "500000.00", ProjectStatus.SUBMITTED, today.minusDays(3));
        String before = snapshot(id);

        ApiClient.Response response = donghu.attempt(id, LifecycleAction.ENDORSE, today.minusDays(4));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("occurredOn");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void blankExplanationWhereOneIsRequiredIsA422() {
        String id = donghu.projectAt("东湖区退回修改项目", "500000.00", ProjectStatus.SUBMITTED, null);
        String before = snapshot(id);

        JsonNode problem = refused(donghu.attempt(donghu.department(), id, LifecycleAction.RETURN_FOR_REVISION, null,
                " \t "), 422, "R10");

        assertThat(problem.get("field").asString()).isEqualTo("explanation");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void documentOfAnotherProjectCannotSupportAStep() {
        String id = donghu.projectAt("东湖区储备项目甲", "500000.00", ProjectStatus.RESERVE, null);
        String other = donghu.createComplete("东湖区项目乙", "500000.00");
        String minutesOfOther = donghu.upload(donghu.bureau(), other, DocumentType.LEADING_GROUP_MINUTES);
        String before = snapshot(id);
        String otherBefore = snapshot(other);

        ApiClient.Response response = donghu.bureau().post(steps(id), Map.of("action", "INCLUDE_IN_ANNUAL_PLAN",
                "version", donghu.version(id), "documentIds", List.of(minutesOfOther)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("documentIds");
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(snapshot(other)).isEqualTo(otherBefore);
    }

    @Test
    void stepFromTheWrongStageIsA409WithItsArticle() {
        String id = donghu.createComplete("东湖区草稿项目", "500000.00");
        String before = snapshot(id);

        refused(donghu.attempt(id, LifecycleAction.ENDORSE, null), 409, "R8");
        refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 409, "R10");

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void stepOfAnotherRoleIsA403() {
        String id = donghu.createComplete("东湖区越权提交项目", "500000.00");
        String before = snapshot(id);

        refused(donghu.attempt(donghu.department(), id, LifecycleAction.SUBMIT, null, null), 403, "R8");

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void editWithAStaleVersionIsA409AndNothingIsSaved() {
        String id = donghu.createComplete("东湖区并发编辑项目", "500000.00");
        long seen = donghu.version(id);
        JsonNode application = donghu.detail(id).get("application");
        ((ObjectNode) application).put("title", "东湖区并发编辑项目（第一次修改）");
        donghu.officer().send("PUT", "/api/v1/projects/" + id, body(seen, application)).expect(200);
        String before = snapshot(id);

        ((ObjectNode) application).put("title", "东湖区并发编辑项目（覆盖）");
        ApiClient.Response response = donghu.officer().send("PUT", "/api/v1/projects/" + id, body(seen, application));

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(donghu.detail(id).get("application").get("title").asString()).isEqualTo("东湖区并发编辑项目（第一次修改）");
    }

    @Test
    void submittedProjectCannotBeEdited() {
        String id = donghu.projectAt("东湖区已提交项目", "500000.00", ProjectStatus.SUBMITTED, null);
        JsonNode application = donghu.detail(id).get("application");
        ((ObjectNode) application).put("totalInvestment", "100.00");
        String before = snapshot(id);

        ApiClient.Response response = donghu.officer().send("PUT", "/api/v1/projects/" + id,
                body(donghu.version(id), application));

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void malformedProjectIdOfAStepIsA400() {
        ApiClient.Response response = donghu.officer().post("/api/v1/projects/not-a-uuid/steps",
                Map.of("action", "SUBMIT", "version", 0));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
    }

    private static String steps(String id) {
        return "/api/v1/projects/" + id + "/steps";
    }

    private static String body(long version, JsonNode application) {
        return "{\"version\":" + version + ",\"application\":" + application + "}";
    }

    /** Everything a refusal must leave as it was: the project, its application, steps, documents and history. */
    private String snapshot(String id) {
        ApiClient officer = donghu.officer();
        return donghu.detail(id) + "\n" + donghu.steps(id) + "\n"
                + officer.get("/api/v1/projects/" + id + "/documents").expect(200) + "\n"
                + officer.get("/api/v1/projects/" + id + "/history").expect(200);
    }
}

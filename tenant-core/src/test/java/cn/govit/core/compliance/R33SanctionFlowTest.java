package cn.govit.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第三十三条 — 经市大数据发展管理局报市政府同意后 … 直至其相关规定落实到位: the bureau proposes a sanction on the unit's
 * computed failures, it is in force only once the city government's consent is recorded, the unit then starts and
 * changes no project, and it is lifted only once the unit's systems comply.
 */
class R33SanctionFlowTest extends LifecycleIntegrationTest {

    private static final String SANCTIONS = "/api/v1/compliance/sanctions";

    /** 东湖区数据资源管理局: the unit the district's demo applications are filed by, its officer acts for it. */
    private static final String UNIT = "东湖区数据资源管理局";

    @Test
    void R33_proposedOnTheComputedGroundsInForceOnConsentLiftedOnlyOnceTheUnitComplies() {
        String submitted = donghu.projectAt("东湖区受限前已申报项目", "200000.00", ProjectStatus.SUBMITTED, null);
        String exceptional = donghu.projectAt("东湖区受限前一事一议项目", "700000.00", ProjectStatus.SUBMITTED, null);
        String draft = donghu.createComplete("东湖区受限单位草稿项目", "500000.00");
        donghu.registerUnit(UNIT);
        Map<String, Object> system = LifecycleDriver.failingSystem(UNIT);
        JsonNode stored = donghu.bureau().post("/api/v1/inventory/systems", system).expect(201);

        JsonNode proposal = donghu.propose(UNIT).expect(201);
        String id = proposal.get("id").asString();
        try {
            assertThat(proposal.get("status").asString()).isEqualTo("PROPOSED");
            assertThat(proposal.get("grounds").get("SHARING_INTERFACE").valueStream().map(JsonNode::asString))
                    .contains((String) system.get("name"));
            assertThat(proposal.get("reason").asString()).contains((String) system.get("name"));
            // Not yet in force: the city government has not consented.
            String beforeConsent = donghu.createComplete("东湖区同意前申报项目", "500000.00");
            donghu.attempt(beforeConsent, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN).expect(201);

            JsonNode inForce = donghu.consent(donghu.bureau(), id).expect(200);
            assertThat(inForce.get("status").asString()).isEqualTo("IN_FORCE");
            assertThat(inForce.get("consentNumber").asString()).isEqualTo("市政函〔2026〕33号");
            assertThat(inForce.get("consentFile").get("sha256").asString()).hasSize(64);
            ApiClient.Response document = donghu.bureau().get(SANCTIONS + "/" + id + "/consent/content");
            assertThat(document.status()).isEqualTo(200);
            assertThat(document.body()).startsWith("%PDF");

            String sanctioned = refusedCitingTheSanction(donghu.attempt(draft, LifecycleAction.SUBMIT, null,
                    DocumentType.APPLICATION_PLAN), 422);
            assertThat(sanctioned).contains(UNIT).contains(today.toString());
            refusedCitingTheSanction(donghu.attempt(submitted, LifecycleAction.SELF_SUPERVISE, null), 422);
            refusedCitingTheSanction(donghu.tryStep(exceptional, LifecycleAction.REQUEST_EXCEPTIONAL, null), 422);
            assertThat(donghu.status(submitted)).isEqualTo("SUBMITTED");
            assertThat(donghu.status(exceptional)).isEqualTo("SUBMITTED");
            ObjectNode edited = donghu.application("东湖区受限单位草稿项目（修改）", "500000.00");
            JsonNode editRefused = refused(donghu.officer().send("PUT", "/api/v1/projects/" + draft,
                    "{\"version\":" + donghu.version(draft) + ",\"application\":" + edited + "}"), 422, "R33");
            assertThat(editRefused.get("title").asString()).contains("第三十三条").contains(UNIT)
                    .contains(today.toString());
            refused(donghu.officer().post("/api/v1/projects", donghu.application("东湖区受限单位新项目", "500000.00")),
                    422, "R33");

            // 直至其相关规定落实到位: still failing, not lifted.
            refused(donghu.lift(id), 422, "R33");
            assertThat(donghu.bureau().get(SANCTIONS + "/" + id).expect(200).get("status").asString())
                    .isEqualTo("IN_FORCE");

            donghu.provideSharingInterface(stored.get("id").asString(), system);
            JsonNode lifted = donghu.lift(id).expect(200);
            assertThat(lifted.get("status").asString()).isEqualTo("LIFTED");
            assertThat(lifted.get("liftNote").asString()).isEqualTo("已核实整改到位");
            assertThat(lifted.get("liftedBy").asString()).isNotBlank();
        } finally {
            closeIfOpen(id, stored, system);
        }
        donghu.attempt(draft, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN).expect(201);
        assertThat(donghu.status(draft)).isEqualTo("SUBMITTED");
        assertThat(donghu.officer().get(SANCTIONS + "?ownerUnit=" + UNIT).expect(200).valueStream()
                .map(s -> s.get("id").asString())).contains(id);
    }

    @Test
    void R33_aProposalIsWithdrawnBeforeConsentAndKeptInTheUnitsHistory() {
        String unit = unique("东湖区撤回提议单位");
        donghu.registerUnit(unit);
        donghu.bureau().post("/api/v1/inventory/systems", LifecycleDriver.failingSystem(unit)).expect(201);
        String id = donghu.propose(unit).expect(201).get("id").asString();
        refused(donghu.propose(unit), 409, "R33");

        JsonNode withdrawn = donghu.bureau().post(SANCTIONS + "/" + id + "/withdrawal", Map.of()).expect(200);

        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("withdrawnBy").asString()).isNotBlank();
        refused(donghu.consent(donghu.bureau(), id), 409, "R33");
        assertThat(donghu.officer().get(SANCTIONS + "?ownerUnit=" + unit).expect(200).valueStream()
                .map(s -> s.get("status").asString())).containsExactly("WITHDRAWN");
    }

    @Test
    void R33_aUnitThatCompliesOrIsExemptCannotBeSanctioned() {
        String compliant = unique("东湖区合规单位");
        donghu.registerUnit(compliant);
        Map<String, Object> good = LifecycleDriver.failingSystem(compliant);
        good.put("sharingInterface", true);
        donghu.bureau().post("/api/v1/inventory/systems", good).expect(201);
        refused(donghu.propose(compliant), 422, "R33");

        String exempt = unique("东湖区涉密单位");
        donghu.registerUnit(exempt);
        Map<String, Object> classified = LifecycleDriver.failingSystem(exempt);
        classified.put("exemption", "CLASSIFIED");
        classified.put("exemptionReason", "涉密系统");
        classified.put("exemptionApprover", "东湖区保密局");
        donghu.bureau().post("/api/v1/inventory/systems", classified).expect(201);
        refused(donghu.propose(exempt), 422, "R33");

        refused(donghu.propose(unique("东湖区未登记单位")), 422, "R4");
        assertThat(donghu.bureau().get(SANCTIONS).expect(200).valueStream().map(s -> s.get("ownerUnit").asString()))
                .doesNotContain(compliant, exempt);
    }

    @Test
    void R33_onlyTheDistrictsBureauProposesConsentsWithdrawsAndLifts() {
        String unit = unique("东湖区越权单位");
        donghu.registerUnit(unit);
        donghu.bureau().post("/api/v1/inventory/systems", LifecycleDriver.failingSystem(unit)).expect(201);
        for (String role : List.of("officer", "dept", "finance", "approval", "admin")) {
            refused(donghu.user(role).post(SANCTIONS, Map.of("ownerUnit", unit)), 403, "R33");
        }
        String id = donghu.propose(unit).expect(201).get("id").asString();
        for (String role : List.of("officer", "dept", "finance")) {
            ApiClient who = donghu.user(role);
            refused(donghu.consent(who, id), 403, "R33");
            refused(who.post(SANCTIONS + "/" + id + "/withdrawal", Map.of()), 403, "R33");
            refused(who.post(SANCTIONS + "/" + id + "/lifting", Map.of()), 403, "R33");
            assertThat(who.get(SANCTIONS).expect(200).valueStream().map(s -> s.get("id").asString())).contains(id);
        }
        assertThat(donghu.bureau().get(SANCTIONS + "/" + id).expect(200).get("status").asString()).isEqualTo("PROPOSED");
        donghu.bureau().post(SANCTIONS + "/" + id + "/withdrawal", Map.of()).expect(200);
    }

    @Test
    void R33_anotherDistrictSeesNothingAndGuessesNoId() {
        String unit = unique("东湖区隔离单位");
        String id = donghu.sanction(unit);
        try {
            assertThat(xihu.bureau().get(SANCTIONS).expect(200).valueStream().map(s -> s.get("id").asString()))
                    .doesNotContain(id);
            assertThat(xihu.bureau().get(SANCTIONS + "/" + id).status()).isEqualTo(404);
            assertThat(xihu.bureau().get(SANCTIONS + "/" + id + "/consent/content").status()).isEqualTo(404);
            assertThat(xihu.bureau().post(SANCTIONS + "/" + id + "/lifting", Map.of()).status()).isEqualTo(404);
            assertThat(xihu.bureau().post(SANCTIONS + "/" + id + "/withdrawal", Map.of()).status()).isEqualTo(404);
            assertThat(xihu.bureau().upload(SANCTIONS + "/" + id + "/consent", "file", "x.pdf", SampleFiles.PDF,
                    SampleFiles.pdf("x"), Map.of("date", today.toString(), "documentNumber", "x")).status())
                    .isEqualTo(404);
        } finally {
            donghu.liftSanction(id);
        }
    }

    @Test
    void R33_theConsentDocumentIsAPdfOrAnImage() {
        String unit = unique("东湖区文件单位");
        donghu.registerUnit(unit);
        donghu.bureau().post("/api/v1/inventory/systems", LifecycleDriver.failingSystem(unit)).expect(201);
        String id = donghu.propose(unit).expect(201).get("id").asString();
        var response = donghu.bureau().upload(SANCTIONS + "/" + id + "/consent", "file", "同意.txt", "text/plain",
                "同意".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("date", today.toString(), "documentNumber", "市政函〔2026〕1号"));
        refused(response, 415, "R33");
        assertThat(donghu.bureau().get(SANCTIONS + "/" + id).expect(200).get("status").asString()).isEqualTo("PROPOSED");
        donghu.bureau().post(SANCTIONS + "/" + id + "/withdrawal", Map.of()).expect(200);
    }

    /** A 422 whose findings or title cite 第三十三条: the problem's title. */
    private static String refusedCitingTheSanction(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode problem = response.json();
        JsonNode r33 = problem.get("findings").valueStream()
                .filter(f -> f.get("article").asString().equals("R33")).findFirst()
                .orElseThrow(() -> new AssertionError("no R33 finding in " + response.body()));
        assertThat(r33.get("messageZh").asString()).contains("第三十三条");
        return r33.get("messageZh").asString();
    }

    /** Leaves the shared demo unit unsanctioned whatever the test's outcome. */
    private void closeIfOpen(String id, JsonNode stored, Map<String, Object> system) {
        String status = donghu.bureau().get(SANCTIONS + "/" + id).expect(200).get("status").asString();
        if (status.equals("PROPOSED")) {
            donghu.bureau().post(SANCTIONS + "/" + id + "/withdrawal", Map.of()).expect(200);
        } else if (status.equals("IN_FORCE")) {
            donghu.provideSharingInterface(stored.get("id").asString(), system);
            donghu.lift(id).expect(200);
        }
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}

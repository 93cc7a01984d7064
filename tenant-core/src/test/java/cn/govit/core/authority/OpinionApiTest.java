package cn.govit.core.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四条 — the authorities' opinions are theirs: the forgeries of a file anyone could upload no longer
 * pass a gate, a 不同意 blocks, a superseded opinion no longer counts, and no other tenant sees them.
 */
class OpinionApiTest extends LifecycleIntegrationTest {

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"SECRECY_OPINION", "STATE_SECURITY_OPINION",
            "CIVIL_AIR_DEFENCE_OPINION", "TECHNICAL_REVIEW_OPINION", "FUND_SOURCE_OPINION", "CITY_GOVERNMENT_APPROVAL",
            "UPWARD_TECHNICAL_OPINION", "EXCEPTION_OPINION", "NDRC_OPINION", "CYBERSECURITY_OPINION", "APPROVAL_DOCUMENT",
            "LEADING_GROUP_MINUTES"})
    void R4_anOwnersUploadOfAnAuthoritysOpinionIsRefusedAndNothingIsStored(DocumentType type) {
        String id = donghu.createComplete("东湖区伪造意见项目", "500000.00");

        ApiClient.Response upload = donghu.officer().upload("/api/v1/projects/" + id + "/documents", "file",
                "意见.pdf", SampleFiles.PDF, SampleFiles.pdf("伪造"), Map.of("type", type.name()));

        refused(upload, 403, "R4");
        assertThat(donghu.officer().get("/api/v1/projects/" + id + "/documents").expect(200)).isEmpty();
    }

    @Test
    void R8_10_anOwnerCannotRecordTheSecrecyBureausOpinionEvenWithAFileOfItsOwn() {
        String id = touchingStateSecurityUnderReview("东湖区自行出具保密意见项目");
        String ownFile = donghu.upload(donghu.officer(), id, DocumentType.APPLICATION_PLAN);

        refused(issue(donghu.officer(), id, "SECRECY", "APPROVED", null, ownFile), 403, "R8.10");

        assertThat(opinions(id)).isEmpty();
    }

    @Test
    void R8_10_anotherAuthorityCannotIssueTheSecrecyBureausOpinion() {
        String id = touchingStateSecurityUnderReview("东湖区财政越权意见项目");
        String secrecyFile = donghu.upload(donghu.user("secrecy"), id, DocumentType.SECRECY_OPINION);

        var problem = refused(issue(donghu.user("finance"), id, "SECRECY", "APPROVED", null, secrecyFile), 403, "R8.10");

        assertThat(problem.get("title").asString()).contains("保密局");
        assertThat(opinions(id)).isEmpty();
    }

    @Test
    void R8_10_aSupersededConsentNoLongerCountsAndTheHistoryKeepsBoth() {
        String id = touchingStateSecurityUnderReview("东湖区意见更正项目");
        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.APPROVED);
        JsonNode first = donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        JsonNode correction = donghu.opinion(id, OpinionKind.SECRECY, Verdict.REJECTED);

        List<JsonNode> secrecy = opinionsOf(id, "SECRECY");
        assertThat(secrecy).hasSize(2);
        assertThat(secrecy.get(0).get("current").asBoolean()).isFalse();
        assertThat(secrecy.get(1).get("current").asBoolean()).isTrue();
        assertThat(correction.get("supersedes").asString()).isEqualTo(first.get("id").asString());
        var problem = refused(donghu.tryStep(id, LifecycleAction.PASS_REVIEW, null), 422, "R8.10");
        assertThat(problem.get("findings").get(0).get("code").asString()).isEqualTo("opinion.rejected");
        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void R14_theFinanceBureausRejectionBlocksTheApprovalNamingTheFinanceBureau() {
        String id = donghu.projectAt("东湖区资金未落实项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);
        donghu.opinion(id, OpinionKind.FUND_SOURCE, Verdict.REJECTED);

        var problem = refused(donghu.tryStep(id, LifecycleAction.APPROVE, null), 422, "R14");

        assertThat(problem.get("findings").get(0).get("messageZh").asString()).contains("财政局", "不同意");
        assertThat(donghu.status(id)).isEqualTo("ANNUAL_PLAN");
    }

    @Test
    void badOpinionsAreRefusedWithAReasonAndNeverAsA500() {
        String id = touchingStateSecurityUnderReview("东湖区意见输入校验项目");
        ApiClient secrecy = donghu.user("secrecy");
        String file = donghu.upload(secrecy, id, DocumentType.SECRECY_OPINION);
        String wrongType = donghu.upload(donghu.user("statesecurity"), id, DocumentType.STATE_SECURITY_OPINION);

        assertThat(field(issue(secrecy, id, "SECRECY", "APPROVED_WITH_CONDITIONS", "  ", file), 400)).isEqualTo("conditions");
        assertThat(field(issue(secrecy, id, "SECRECY", "REJECTED", null, file), 400)).isEqualTo("conditions");
        assertThat(field(issue(secrecy, id, "SECRECY", "MAYBE", null, file), 400)).isEqualTo("verdict");
        assertThat(field(issue(secrecy, id, "NO_SUCH_KIND", "APPROVED", null, file), 400)).isEqualTo("kind");
        assertThat(field(issue(secrecy, id, "SECRECY", "APPROVED", null, wrongType), 400)).isEqualTo("documentId");
        assertThat(field(issue(secrecy, id, "SECRECY", "APPROVED", null, "not-an-id"), 400)).isEqualTo("documentId");
        Map<String, Object> future = body("SECRECY", "APPROVED", null, file);
        future.put("issuedOn", today.plusDays(1).toString());
        assertThat(field(secrecy.post("/api/v1/projects/" + id + "/opinions", future), 400)).isEqualTo("issuedOn");
        assertThat(opinions(id)).isEmpty();

        issue(secrecy, id, "SECRECY", "APPROVED", null, file).expect(201);
        assertThat(field(issue(secrecy, id, "SECRECY", "APPROVED", null, file), 409)).isEqualTo("documentId");
        assertThat(opinions(id)).hasSize(1);
    }

    @Test
    void anotherTenantsOfficerNeitherSeesNorIssuesOpinionsAndAForgedHeaderChangesNothing() {
        String id = touchingStateSecurityUnderReview("东湖区意见隔离项目");
        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        ApiClient xihuSecrecy = xihu.user("secrecy");

        assertThat(xihuSecrecy.get("/api/v1/projects/" + id + "/opinions").status()).isEqualTo(404);
        assertThat(xihuSecrecy.withHeader("X-Tenant-Id", "donghu").get("/api/v1/projects/" + id + "/opinions").status())
                .isEqualTo(404);
        assertThat(issue(xihuSecrecy, id, "STATE_SECURITY", "APPROVED", null, java.util.UUID.randomUUID().toString())
                .status()).isEqualTo(404);
        assertThat(inbox(xihuSecrecy).valueStream().map(e -> e.get("project").get("id").asString())).doesNotContain(id);
        assertThat(opinions(id)).hasSize(1);
    }

    @Test
    void R8_10_theSecrecyBureausInboxListsTheProjectUntilItHasIssuedItsOpinion() {
        String id = touchingStateSecurityUnderReview("东湖区待保密审查项目");
        ApiClient secrecy = donghu.user("secrecy");

        JsonNode waiting = entryFor(inbox(secrecy), id);
        assertThat(waiting.get("kind").asString()).isEqualTo("SECRECY");
        assertThat(waiting.get("article").asString()).isEqualTo("R8.10");
        assertThat(waiting.get("documentType").asString()).isEqualTo("SECRECY_OPINION");
        assertThat(inbox(donghu.user("statesecurity")).valueStream().map(e -> e.get("project").get("id").asString()))
                .contains(id);
        assertThat(inbox(donghu.officer())).isEmpty();

        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);

        assertThat(inbox(secrecy).valueStream().map(e -> e.get("project").get("id").asString())).doesNotContain(id);
    }

    @Test
    void R8_10_theActionsSayWhichOpinionIsStillMissingBeforeTheStepIsTried() {
        String id = touchingStateSecurityUnderReview("东湖区缺少意见提示项目");
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.APPROVED);

        JsonNode pass = donghu.bureau().get("/api/v1/projects/" + id + "/actions").expect(200).valueStream()
                .filter(a -> a.get("action").asString().equals("PASS_REVIEW")).findFirst().orElseThrow();

        assertThat(pass.get("outstanding").valueStream().map(f -> f.get("field").asString()))
                .containsExactly("opinions.SECRECY");
    }

    @Test
    void everyOpinionIsOnTheTimelineWithItsAuthorityAndVerdict() {
        String id = touchingStateSecurityUnderReview("东湖区意见时间轴项目");
        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED_WITH_CONDITIONS);

        JsonNode entry = donghu.officer().get("/api/v1/projects/" + id + "/timeline").expect(200).valueStream()
                .filter(e -> e.get("kind").asString().equals("OPINION")).findFirst().orElseThrow();

        assertThat(entry.get("titleZh").asString()).contains("保密局", "有条件同意");
        assertThat(entry.get("actor").asString()).isEqualTo("dh-secrecy");
    }

    private String touchingStateSecurityUnderReview(String title) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put("touchesStateSecurity", true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.UNDER_REVIEW, null);
        return id;
    }

    private static ApiClient.Response issue(ApiClient who, String id, String kind, String verdict, String conditions,
                                            String documentId) {
        return who.post("/api/v1/projects/" + id + "/opinions", body(kind, verdict, conditions, documentId));
    }

    private static Map<String, Object> body(String kind, String verdict, String conditions, String documentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("verdict", verdict);
        if (conditions != null) {
            body.put("conditions", conditions);
        }
        body.put("documentId", documentId);
        return body;
    }

    private static String field(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        return response.json().get("field").asString();
    }

    private JsonNode opinions(String id) {
        return donghu.officer().get("/api/v1/projects/" + id + "/opinions").expect(200);
    }

    private List<JsonNode> opinionsOf(String id, String kind) {
        return opinions(id).valueStream().filter(o -> o.get("kind").asString().equals(kind)).toList();
    }

    private static JsonNode inbox(ApiClient who) {
        return who.get("/api/v1/opinions/inbox").expect(200);
    }

    private static JsonNode entryFor(JsonNode inbox, String id) {
        return inbox.valueStream().filter(e -> e.get("project").get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no inbox entry for " + id + " in " + inbox));
    }
}

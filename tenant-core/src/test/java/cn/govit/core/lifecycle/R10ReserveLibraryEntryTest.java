package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * 第十条 — “凡集中评审通过且取得项目建设意见书或纳入政府投资年度计划的，纳入市信息化项目储备库”: the passed review
 * and one of the two records, each of its own authority.
 */
class R10ReserveLibraryEntryTest extends LifecycleIntegrationTest {

    @Test
    void R10_aPassedReviewAloneDoesNotOpenTheReserveLibrary() {
        String id = donghu.projectAt("东湖区仅评审通过项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);

        var problem = refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R10");

        assertThat(blockingFields(problem.get("findings"), "R10")).containsExactly("opinions.CONSTRUCTION_OPINION_LETTER");
        assertThat(problem.get("findings").get(0).get("messageZh").asString())
                .contains("项目建设意见书", "政府投资年度计划", "第十条");
        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void R10_theBureausConstructionOpinionLetterWithThePassedReviewOpensIt() {
        String id = donghu.projectAt("东湖区取得建设意见书项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);

        donghu.attempt(id, LifecycleAction.PASS_REVIEW, null).expect(201);

        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R10_inclusionInTheGovernmentInvestmentPlanRecordedByTheNdrcOpensItToo() {
        String id = donghu.projectAt("东湖区纳入政府投资计划项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        var plan = donghu.opinion(id, OpinionKind.GOVERNMENT_INVESTMENT_PLAN, Verdict.APPROVED);

        donghu.attempt(id, LifecycleAction.PASS_REVIEW, null).expect(201);

        assertThat(plan.get("issuedBy").asString()).isEqualTo("dh-ndrc");
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R10_theLetterWithoutAPassedReviewStillKeepsTheProjectOut() {
        String id = donghu.projectAt("东湖区未评审项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);

        var problem = refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R10");

        assertThat(blockingFields(problem.get("findings"), "R10")).containsExactly("opinions.TECHNICAL_REVIEW");
    }

    @Test
    void R10_onlyTheBureauIssuesTheConstructionOpinionLetterAndOnlyTheNdrcThePlan() {
        String id = donghu.projectAt("东湖区越权出具意见书项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        ApiClient ndrc = donghu.user("ndrc");

        refused(ndrc.post("/api/v1/projects/" + id + "/opinions", Map.of("kind", "CONSTRUCTION_OPINION_LETTER",
                "verdict", "APPROVED", "documentId", donghu.upload(ndrc, id, DocumentType.GOVERNMENT_INVESTMENT_PLAN))),
                403, "R10");
        refused(donghu.bureau().post("/api/v1/projects/" + id + "/opinions", Map.of("kind", "GOVERNMENT_INVESTMENT_PLAN",
                "verdict", "APPROVED", "documentId", donghu.upload(donghu.bureau(), id, DocumentType.OTHER))), 403, "R10");
        refused(donghu.officer().upload("/api/v1/projects/" + id + "/documents", "file", "意见书.pdf", SampleFiles.PDF,
                SampleFiles.pdf("伪造"), Map.of("type", "CONSTRUCTION_OPINION_LETTER")), 403, "R4");

        assertThat(donghu.officer().get("/api/v1/projects/" + id + "/opinions").expect(200)).isEmpty();
    }
}

package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 第十三条 — “一事一议” is for a special or urgent project outside the libraries, approved by the city
 * government; the approval replaces library and plan entry, not the feasibility or budget approval of Art. 14.
 */
class R13ExceptionalApprovalTest extends LifecycleIntegrationTest {

    @Test
    void R13_aProjectInTheReserveLibraryTakesTheLibrariesRoad() {
        String id = donghu.projectAt("东湖区储备库项目申请一事一议", "500000.00", ProjectStatus.RESERVE, null);

        refused(donghu.attempt(id, LifecycleAction.REQUEST_EXCEPTIONAL, null, DocumentType.EXCEPTIONAL_APPLICATION), 409,
                "R13");
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R13_theCityGovernmentsApprovalIsEnteredByTheBureauNotUploadedByTheOwner() {
        String id = requested("东湖区应急指挥一事一议项目");

        refused(donghu.attempt(id, LifecycleAction.APPROVE_EXCEPTIONAL, null), 422, "R13");
        assertThat(donghu.officer().upload("/api/v1/projects/" + id + "/documents", "file", "市政府批复.pdf",
                cn.govit.core.documents.SampleFiles.PDF, cn.govit.core.documents.SampleFiles.pdf("批复"),
                java.util.Map.of("type", "CITY_GOVERNMENT_APPROVAL")).status()).isEqualTo(403);

        donghu.opinion(id, OpinionKind.EXCEPTIONAL_APPROVAL, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.APPROVE_EXCEPTIONAL, null);
        assertThat(donghu.status(id)).isEqualTo("EXCEPTIONAL_APPROVED");
    }

    @Test
    void R13_anExceptionalProjectStillNeedsTheArt14OpinionsForItsApproval() {
        String id = requested("东湖区一事一议后报批项目");
        donghu.take(id, LifecycleAction.APPROVE_EXCEPTIONAL, null);

        var problem = refused(donghu.attempt(id, LifecycleAction.APPROVE, null, DocumentType.APPROVAL_DOCUMENT), 422, "R14");

        assertThat(problem.get("findings").valueStream().map(f -> f.get("field").asString()))
                .contains("opinions.TECHNICAL_REVIEW", "opinions.FUND_SOURCE");
        donghu.take(id, LifecycleAction.APPROVE, null);
        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R13_theCityGovernmentsRefusalSendsTheProjectBack() {
        String id = requested("东湖区未获批一事一议项目");
        donghu.opinion(id, OpinionKind.EXCEPTIONAL_APPROVAL, Verdict.REJECTED);

        refused(donghu.tryStep(id, LifecycleAction.APPROVE_EXCEPTIONAL, null), 422, "R13");
        donghu.take(id, LifecycleAction.REJECT_EXCEPTIONAL, null);

        assertThat(donghu.status(id)).isEqualTo("RETURNED");
    }

    private String requested(String title) {
        String id = donghu.projectAt(title, "500000.00", ProjectStatus.SUBMITTED, null);
        donghu.take(id, LifecycleAction.REQUEST_EXCEPTIONAL, null);
        return id;
    }
}

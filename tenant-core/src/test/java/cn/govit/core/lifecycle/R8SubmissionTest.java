package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第八条 — at application the owner unit submits its construction (O&amp;M) plan to the bureau, and the
 * application form of a government-investment project goes to the NDRC.
 */
class R8SubmissionTest extends LifecycleIntegrationTest {

    @Test
    void R8_submissionWithoutThePlanDocumentIsRefusedAndStaysADraft() {
        String id = donghu.createComplete("东湖区无方案项目", "500000.00");

        var problem = refused(donghu.attempt(id, LifecycleAction.SUBMIT, null), 422, "R8");

        assertThat(problem.get("findings").get(0).get("messageZh").asString()).contains("项目建设（运维）方案");
        assertThat(donghu.status(id)).isEqualTo("DRAFT");
    }

    @Test
    void R8_aGovernmentInvestmentProjectAlsoNeedsTheNdrcApplicationForm() {
        ObjectNode application = donghu.application("东湖区政府投资项目", "500000.00");
        application.put("governmentInvestment", true);
        String id = donghu.create(application);

        var problem = refused(donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN), 422, "R8");
        assertThat(problem.get("findings").valueStream().map(f -> f.get("messageZh").asString()))
                .anyMatch(m -> m.contains("项目申请表"));

        donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.NDRC_APPLICATION_FORM).expect(201);
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R8_theNdrcIsAskedForItsPreConsultationOfAGovernmentInvestmentProject() {
        ObjectNode application = donghu.application("东湖区发改前期征求意见项目", "500000.00");
        application.put("governmentInvestment", true);
        String id = donghu.create(application);
        donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN,
                DocumentType.NDRC_APPLICATION_FORM).expect(201);

        assertThat(donghu.user("ndrc").get("/api/v1/opinions/inbox").expect(200).valueStream()
                .filter(e -> e.get("project").get("id").asString().equals(id)).map(e -> e.get("kind").asString()))
                .containsExactly("NDRC_PRE_CONSULTATION");
    }
}

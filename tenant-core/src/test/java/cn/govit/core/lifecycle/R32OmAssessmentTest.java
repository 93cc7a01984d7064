package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/** 第三十二条 — a system in O&amp;M reports its annual assessment by 20 December. */
class R32OmAssessmentTest extends LifecycleIntegrationTest {

    @Test
    void R32_assessmentReportedAfter20DecemberIsLate() {
        LocalDate reported = LocalDate.of(today.getYear() - 1, 12, 28);
        String id = inOmSince(reported.minusMonths(1), "东湖区运维项目（迟报考核）");

        var step = donghu.take(id, LifecycleAction.SUBMIT_OM_ASSESSMENT, reported);

        assertThat(step.get("lateArticle").asString()).isEqualTo("R32");
        assertThat(step.get("to").asString()).isEqualTo("OPERATION_MAINTENANCE");
    }

    @Test
    void R32_assessmentReportedBy20DecemberIsOnTime() {
        LocalDate reported = LocalDate.of(today.getYear() - 1, 12, 20);
        String id = inOmSince(reported.minusMonths(1), "东湖区运维项目（按时考核）");

        var step = donghu.take(id, LifecycleAction.SUBMIT_OM_ASSESSMENT, reported);

        assertThat(step.get("lateArticle").isNull()).isTrue();
    }

    @Test
    void R32_thisYearsAssessmentIsDueOn20DecemberUntilItIsReported() {
        String id = inOmSince(LocalDate.of(today.getYear() - 1, 11, 1), "东湖区运维项目（本年度）");
        LocalDate due = LocalDate.of(today.getYear(), 12, 20);

        var r32 = donghu.deadline(id, "R32");
        assertThat(r32.get("dueOn").asString()).isEqualTo(due.toString());
        assertThat(r32.get("overdue").asBoolean()).isEqualTo(today.isAfter(due));

        var step = donghu.take(id, LifecycleAction.SUBMIT_OM_ASSESSMENT, null);
        assertThat(step.get("lateArticle").isNull()).isEqualTo(!today.isAfter(due));
        assertThat(donghu.deadlines(id).valueStream().map(d -> d.get("article").asString())).doesNotContain("R32");
    }

    /** Live four months before {@code evaluated}, self-evaluated on it: in O&amp;M from then on. */
    private String inOmSince(LocalDate evaluated, String title) {
        String id = donghu.projectAt(title, "500000.00", ProjectStatus.IN_OPERATION, evaluated.minusMonths(4));
        donghu.take(id, LifecycleAction.SUBMIT_SELF_EVALUATION, evaluated);
        return id;
    }
}

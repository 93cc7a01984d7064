package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/** 第二十八条 — after a failed final acceptance the project is rectified within 3 months, with a written explanation. */
class R28RectificationTest extends LifecycleIntegrationTest {

    @Test
    void R28_failedAcceptanceNeedsAWrittenExplanation() {
        String id = donghu.projectAt("东湖区初验项目", "500000.00", ProjectStatus.INITIAL_ACCEPTED, null);

        var problem = refused(donghu.attempt(donghu.bureau(), id, LifecycleAction.FAIL_FINAL_ACCEPTANCE, null, "  "),
                422, "R28");

        assertThat(problem.get("field").asString()).isEqualTo("explanation");
        assertThat(donghu.status(id)).isEqualTo("INITIAL_ACCEPTED");
    }

    @Test
    void R28_rectificationLongerThanThreeMonthsIsOverdueAndItsAcceptanceLate() {
        LocalDate failed = today.minusMonths(4);
        String id = rectifying("东湖区整改项目（超期）", failed);

        var r28 = donghu.deadline(id, "R28");
        assertThat(r28.get("dueOn").asString()).isEqualTo(failed.plusMonths(3).toString());
        assertThat(r28.get("overdue").asBoolean()).isTrue();

        var step = donghu.take(id, LifecycleAction.PASS_FINAL_ACCEPTANCE, null);
        assertThat(step.get("lateArticle").asString()).isEqualTo("R28");
        assertThat(step.get("to").asString()).isEqualTo("FINAL_ACCEPTED");
    }

    @Test
    void R28_rectificationWithinThreeMonthsIsOnTime() {
        String id = rectifying("东湖区整改项目（按期）", today.minusMonths(1));

        assertThat(donghu.deadline(id, "R28").get("overdue").asBoolean()).isFalse();
        var step = donghu.take(id, LifecycleAction.PASS_FINAL_ACCEPTANCE, null);
        assertThat(step.get("lateArticle").isNull()).isTrue();
    }

    private String rectifying(String title, LocalDate failedOn) {
        String id = donghu.projectAt(title, "500000.00", ProjectStatus.INITIAL_ACCEPTED, failedOn);
        var failed = donghu.take(id, LifecycleAction.FAIL_FINAL_ACCEPTANCE, failedOn);
        assertThat(failed.get("explanation").asString()).isNotBlank();
        assertThat(donghu.status(id)).isEqualTo("RECTIFICATION");
        return id;
    }
}

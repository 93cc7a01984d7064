package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/** 第三十条 — the owner unit evaluates its project's performance 3 to 6 months after it goes live. */
class R30SelfEvaluationTest extends LifecycleIntegrationTest {

    @Test
    void R30_selfEvaluationBeforeThreeMonthsAfterGoLiveIsRefused() {
        String id = live("东湖区上线一个月项目", today.minusMonths(1));

        var problem = refused(donghu.attempt(id, LifecycleAction.SUBMIT_SELF_EVALUATION, null,
                DocumentType.SELF_EVALUATION_REPORT), 422, "R30");

        assertThat(problem.get("field").asString()).isEqualTo("occurredOn");
        assertThat(donghu.status(id)).isEqualTo("IN_OPERATION");
    }

    @Test
    void R30_selfEvaluationWithinTheWindowIsOnTime() {
        LocalDate live = today.minusMonths(4);
        String id = live("东湖区上线四个月项目", live);

        var r30 = donghu.deadline(id, "R30");
        assertThat(r30.get("opensOn").asString()).isEqualTo(live.plusMonths(3).toString());
        assertThat(r30.get("dueOn").asString()).isEqualTo(live.plusMonths(6).toString());
        assertThat(r30.get("overdue").asBoolean()).isFalse();

        var step = donghu.take(id, LifecycleAction.SUBMIT_SELF_EVALUATION, null);
        assertThat(step.get("lateArticle").isNull()).isTrue();
        assertThat(step.get("to").asString()).isEqualTo("OPERATION_MAINTENANCE");
    }

    @Test
    void R30_selfEvaluationAfterSixMonthsIsAllowedButLate() {
        String id = live("东湖区上线七个月项目", today.minusMonths(7));

        assertThat(donghu.deadline(id, "R30").get("overdue").asBoolean()).isTrue();
        var step = donghu.take(id, LifecycleAction.SUBMIT_SELF_EVALUATION, null);
        assertThat(step.get("lateArticle").asString()).isEqualTo("R30");
    }

    private String live(String title, LocalDate goLive) {
        return donghu.projectAt(title, "500000.00", ProjectStatus.IN_OPERATION, goLive);
    }
}

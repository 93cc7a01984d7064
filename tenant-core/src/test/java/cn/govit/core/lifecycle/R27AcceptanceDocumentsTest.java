package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/** 第二十七条 — the acceptance documents are filed within half a month (15 days) of final acceptance. */
class R27AcceptanceDocumentsTest extends LifecycleIntegrationTest {

    @Test
    void R27_documentsFiledMoreThan15DaysAfterFinalAcceptanceAreLate() {
        LocalDate accepted = today.minusDays(30);
        String id = donghu.projectAt("东湖区验收项目（迟交材料）", "500000.00", ProjectStatus.FINAL_ACCEPTED, accepted);

        var r27 = donghu.deadline(id, "R27");
        assertThat(r27.get("dueOn").asString()).isEqualTo(accepted.plusDays(15).toString());
        assertThat(r27.get("overdue").asBoolean()).isTrue();

        var step = donghu.take(id, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, null);
        assertThat(step.get("lateArticle").asString()).isEqualTo("R27");
        assertThat(step.get("to").asString()).isEqualTo("IN_OPERATION");
    }

    @Test
    void R27_documentsFiledWithin15DaysAreOnTime() {
        String id = donghu.projectAt("东湖区验收项目（按时）", "500000.00", ProjectStatus.FINAL_ACCEPTED, today.minusDays(5));

        assertThat(donghu.deadline(id, "R27").get("overdue").asBoolean()).isFalse();
        var step = donghu.take(id, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, null);
        assertThat(step.get("lateArticle").isNull()).isTrue();
    }

    @Test
    void R27_documentsFiledOnTheFifteenthDayAreOnTime() {
        LocalDate accepted = today.minusDays(15);
        String id = donghu.projectAt("东湖区验收项目（第十五日）", "500000.00", ProjectStatus.FINAL_ACCEPTED, accepted);

        var step = donghu.take(id, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, null);

        assertThat(step.get("lateArticle").isNull()).isTrue();
    }
}

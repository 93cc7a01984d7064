package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 第十九条 — under construction the department reports monthly; the report is due on the rule set's day (the 10th) of the next month. */
class R19MonthlyReportTest extends LifecycleIntegrationTest {

    @Test
    void R19_reportNotMadeSinceConstructionStartedInAnEarlierMonthIsOverdue() {
        LocalDate started = today.minusMonths(2).withDayOfMonth(15);
        String id = donghu.projectAt("东湖区在建项目（逾期月报）", "500000.00", ProjectStatus.UNDER_CONSTRUCTION, started);

        JsonNode r19 = donghu.deadline(id, "R19");

        assertThat(r19.get("dueOn").asString()).isEqualTo(YearMonth.from(started).plusMonths(1).atDay(10).toString());
        assertThat(r19.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void R19_reportAfterTheDueDayIsRecordedAsLate() {
        String id = donghu.projectAt("东湖区在建项目（迟报）", "500000.00", ProjectStatus.UNDER_CONSTRUCTION,
                today.minusMonths(2).withDayOfMonth(15));

        var step = donghu.take(id, LifecycleAction.SUBMIT_MONTHLY_REPORT, null);

        assertThat(step.get("lateArticle").asString()).isEqualTo("R19");
    }

    @Test
    void R19_reportOnTimeIsNotLateAndMovesTheNextDueDate() {
        LocalDate started = today.minusMonths(1).withDayOfMonth(1);
        String id = donghu.projectAt("东湖区在建项目（按时月报）", "500000.00", ProjectStatus.UNDER_CONSTRUCTION, started);
        LocalDate reported = started.plusDays(5);

        var step = donghu.take(id, LifecycleAction.SUBMIT_MONTHLY_REPORT, reported);

        assertThat(step.get("lateArticle").isNull()).as(step.toString()).isTrue();
        assertThat(step.get("to").asString()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(donghu.deadline(id, "R19").get("dueOn").asString())
                .isEqualTo(YearMonth.from(reported).plusMonths(1).atDay(10).toString());
    }

    @Test
    void R19_constructionStartedTodayIsNotOverdue() {
        String id = donghu.projectAt("东湖区新开工项目", "500000.00", ProjectStatus.UNDER_CONSTRUCTION, null);

        assertThat(donghu.deadline(id, "R19").get("overdue").asBoolean()).isFalse();
    }
}

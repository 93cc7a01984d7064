package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第九条 — the libraries keep a three-year rolling plan: the plan year lies within the horizon of the step's year. */
class R9PlanYearTest extends LifecycleIntegrationTest {

    @Test
    void R9_submissionForAPlanYearFiveYearsAheadIsBlocked() {
        assertSubmissionBlocked(donghu, plannedFor("东湖区远期项目", today.getYear() + 5), "R9", "plannedYear");
    }

    @Test
    void R9_lastYearOfTheHorizonIsAllowed() {
        assertSubmissionAllowed(donghu, plannedFor("东湖区第三年项目", today.getYear() + 2), "R9");
    }

    @Test
    void R9_firstYearBeyondTheHorizonIsBlocked() {
        assertSubmissionBlocked(donghu, plannedFor("东湖区第四年项目", today.getYear() + 3), "R9", "plannedYear");
    }

    @Test
    void R9_passingReviewIsRefusedOnceThePlanYearHasRolledOutOfTheHorizon() {
        String id = submittedLastDecemberFor("东湖区去年申报项目");
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);

        var problem = refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R9");

        assertThat(problem.get("field").asString()).isEqualTo("plannedYear");
        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void R9_passingReviewWithinTheHorizonOfItsDateIsAllowed() {
        String id = submittedLastDecemberFor("东湖区去年评审项目");

        donghu.take(id, LifecycleAction.PASS_REVIEW, lastDecember());

        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    /** Planned for last year, submitted and endorsed last December: in the horizon then, not today. */
    private String submittedLastDecemberFor(String title) {
        String id = donghu.create(plannedFor(title, today.getYear() - 1));
        donghu.walkTo(id, ProjectStatus.UNDER_REVIEW, lastDecember());
        return id;
    }

    private LocalDate lastDecember() {
        return LocalDate.of(today.getYear() - 1, 12, 1);
    }

    private ObjectNode plannedFor(String title, int year) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put("plannedYear", year);
        return application;
    }
}

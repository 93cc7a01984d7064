package cn.govit.core.lifecycle.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.application.Application;
import cn.govit.core.authority.Authority;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepHistory;
import cn.govit.core.lifecycle.StepHistory.Taken;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.lifecycle.TimeLimit;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/**
 * The step rules as plain logic: no Spring, no database. Each test names the article it reads; the API
 * tests per article check the same through the real service.
 */
class StepRulesTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 16);
    private static final RuleSet CITY = RuleSet.regulation("donghu", ON);
    private static final Actor BUREAU = new Actor("dh-bureau", Set.of(Role.BUREAU_OFFICER), Set.of());
    private static final Actor DEPARTMENT = new Actor("dh-dept", Set.of(Role.DEPARTMENT_OFFICER), Set.of());

    @Test
    void R8_10_passingReviewNeedsTheSecrecyAndStateSecurityConsentOfAProjectTouchingStateSecurity() {
        Application touching = flagged(true, false);

        assertThat(fields(new R8_10SecurityOpinions(), step(touching, LifecycleAction.PASS_REVIEW, Map.of())))
                .containsExactly("opinions.SECRECY", "opinions.STATE_SECURITY");
        assertThat(fields(new R8_10SecurityOpinions(), step(touching, LifecycleAction.PASS_REVIEW,
                Map.of(OpinionKind.SECRECY, Verdict.APPROVED, OpinionKind.STATE_SECURITY, Verdict.APPROVED_WITH_CONDITIONS))))
                .isEmpty();
    }

    @Test
    void R8_10_aRejectionBlocksLikeAMissingOpinionButSaysSo() {
        List<Finding> blocking = new ArrayList<>();
        new R8_10SecurityOpinions().check(step(flagged(false, true), LifecycleAction.INCLUDE_IN_ANNUAL_PLAN,
                Map.of(OpinionKind.CIVIL_AIR_DEFENCE, Verdict.REJECTED)), blocking);

        assertThat(blocking).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("opinion.rejected");
            assertThat(f.article()).isEqualTo("R8.10");
            assertThat(f.messageZh()).contains("人防办", ON.minusDays(3).toString(), "不同意");
        });
    }

    @Test
    void R8_10_stepsAfterApprovalAndOrdinaryProjectsAskNothing() {
        assertThat(fields(new R8_10SecurityOpinions(), step(flagged(true, true), LifecycleAction.START_PROCUREMENT,
                Map.of()))).isEmpty();
        assertThat(fields(new R8_10SecurityOpinions(), step(flagged(false, false), LifecycleAction.APPROVE, Map.of())))
                .isEmpty();
    }

    @Test
    void R10_theReserveLibraryNeedsAConstructionOpinionLetterOrTheGovernmentInvestmentPlanBesideTheReview() {
        Application a = flagged(false, false);

        assertThat(fields(new R10ReserveLibraryEntry(), step(a, LifecycleAction.PASS_REVIEW,
                Map.of(OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED))))
                .containsExactly("opinions.CONSTRUCTION_OPINION_LETTER");
        assertThat(fields(new R10ReserveLibraryEntry(), step(a, LifecycleAction.PASS_REVIEW,
                Map.of(OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.REJECTED))))
                .containsExactly("opinions.CONSTRUCTION_OPINION_LETTER");
        assertThat(fields(new R10ReserveLibraryEntry(), step(a, LifecycleAction.PASS_REVIEW,
                Map.of(OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED)))).isEmpty();
        assertThat(fields(new R10ReserveLibraryEntry(), step(a, LifecycleAction.PASS_REVIEW,
                Map.of(OpinionKind.GOVERNMENT_INVESTMENT_PLAN, Verdict.APPROVED_WITH_CONDITIONS)))).isEmpty();
        assertThat(fields(new R10ReserveLibraryEntry(), step(a, LifecycleAction.ENDORSE, Map.of()))).isEmpty();
    }

    @Test
    void R13_theImplementationLibraryNeedsTheAnnualPlanAndAnApprovalInTheRecord() {
        Application a = flagged(false, false);
        StepHistory planned = StepHistory.of(new Taken(LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, ON.minusMonths(3)));
        StepHistory approved = StepHistory.of(new Taken(LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, ON.minusMonths(3)),
                new Taken(LifecycleAction.APPROVE, ON.minusMonths(1)));
        StepHistory verified = StepHistory.of(new Taken(LifecycleAction.APPROVE_EXCEPTIONAL, ON.minusMonths(3)),
                new Taken(LifecycleAction.VERIFY_BUDGET_ESTIMATE, ON.minusMonths(1)));
        StepHistory approvedOnly = StepHistory.of(new Taken(LifecycleAction.APPROVE, ON.minusMonths(1)));

        List<Finding> blocking = new ArrayList<>();
        new R13ImplementationLibraryEntry().check(step(a, LifecycleAction.ENTER_IMPLEMENTATION, Map.of(), BUREAU,
                planned), blocking);
        assertThat(blocking).singleElement().satisfies(f -> {
            assertThat(f.article()).isEqualTo("R13");
            assertThat(f.messageZh()).contains("第十三条", "可行性研究报告");
        });
        assertThat(codes(step(a, LifecycleAction.ENTER_IMPLEMENTATION, Map.of(), BUREAU, approvedOnly)))
                .containsExactly("R13.notInAnnualPlan");
        assertThat(codes(step(a, LifecycleAction.ENTER_IMPLEMENTATION, Map.of(), BUREAU, approved))).isEmpty();
        assertThat(codes(step(a, LifecycleAction.ENTER_IMPLEMENTATION, Map.of(), BUREAU, verified))).isEmpty();
    }

    private static List<String> codes(StepContext step) {
        List<Finding> blocking = new ArrayList<>();
        new R13ImplementationLibraryEntry().check(step, blocking);
        return blocking.stream().map(Finding::code).toList();
    }

    @Test
    void R14_feasibilityApprovalNeedsTheTechnicalReviewAndTheFundSourceOpinions() {
        Application a = flagged(false, false);
        assertThat(fields(new R14FeasibilityApproval(), step(a, LifecycleAction.APPROVE,
                Map.of(OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED)))).containsExactly("opinions.FUND_SOURCE");
        assertThat(fields(new R14FeasibilityApproval(), step(a, LifecycleAction.APPROVE,
                Map.of(OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED, OpinionKind.FUND_SOURCE, Verdict.APPROVED))))
                .isEmpty();
    }

    @Test
    void R13_theBudgetEstimatePathDoesNotWaitForTheFundSourceOpinion() {
        assertThat(fields(new R14FeasibilityApproval(), step(flagged(false, false), LifecycleAction.VERIFY_BUDGET_ESTIMATE,
                Map.of(OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED)))).isEmpty();
    }

    @Test
    void R13_aProjectOnceInTheReserveLibraryCannotAskForAnExceptionalApproval() {
        StepContext step = step(flagged(false, false), LifecycleAction.REQUEST_EXCEPTIONAL, Map.of(), DEPARTMENT,
                StepHistory.of(new Taken(LifecycleAction.PASS_REVIEW, ON.minusMonths(2)),
                        new Taken(LifecycleAction.RETURN_FOR_REVISION, ON.minusMonths(1))));

        assertThat(fields(new R13ExceptionalApproval(), step)).containsExactly("action");
    }

    @Test
    void R26_onlyTheBureauConsentsToTheFinalAcceptanceOfAProjectItReviewed() {
        StepContext byDepartment = step(flagged(false, false), LifecycleAction.PASS_FINAL_ACCEPTANCE, Map.of(), DEPARTMENT,
                StepHistory.of(new Taken(LifecycleAction.ENDORSE, ON.minusYears(1))));
        StepContext selfSupervised = step(flagged(false, false), LifecycleAction.PASS_FINAL_ACCEPTANCE, Map.of(), DEPARTMENT,
                StepHistory.of(new Taken(LifecycleAction.SELF_SUPERVISE, ON.minusYears(1))));

        assertThat(fields(new R26FinalAcceptanceConsent(), byDepartment)).containsExactly("action");
        assertThat(fields(new R26FinalAcceptanceConsent(), selfSupervised)).isEmpty();
    }

    @Test
    void R27_documentsAreDueFifteenDaysAfterTheFinalAcceptance() {
        StepHistory history = StepHistory.of(new Taken(LifecycleAction.PASS_FINAL_ACCEPTANCE, LocalDate.of(2026, 3, 1)));

        TimeLimit.Window w = new R27AcceptanceFiling().window(history, d -> CITY, ON).orElseThrow();

        assertThat(w.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(w.missedOn(LocalDate.of(2026, 3, 16))).isFalse();
        assertThat(w.missedOn(LocalDate.of(2026, 3, 17))).isTrue();
    }

    @Test
    void R19_theReportOfAMonthIsDueOnTheTenthOfTheNext() {
        StepHistory history = StepHistory.of(new Taken(LifecycleAction.START_CONSTRUCTION, LocalDate.of(2026, 1, 31)),
                new Taken(LifecycleAction.SUBMIT_MONTHLY_REPORT, LocalDate.of(2026, 2, 9)));

        assertThat(new R19MonthlyReport().window(history, d -> CITY, ON).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void R28_rectificationRunsThreeMonthsFromTheFailedAcceptance() {
        StepHistory history = StepHistory.of(new Taken(LifecycleAction.FAIL_FINAL_ACCEPTANCE, LocalDate.of(2026, 5, 31)));

        assertThat(new R28Rectification().window(history, d -> CITY, ON).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void R30_selfEvaluationOpensAfterThreeMonthsAndClosesAfterSix() {
        StepHistory history = StepHistory.of(new Taken(LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, LocalDate.of(2026, 4, 10)));
        TimeLimit.Window w = new R30SelfEvaluation().window(history, d -> CITY, ON).orElseThrow();

        assertThat(w.opensOn()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(w.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        StepContext tooEarly = new StepContext(project(ProjectStatus.IN_OPERATION), flagged(false, false),
                LifecycleAction.SUBMIT_SELF_EVALUATION, LocalDate.of(2026, 6, 1), CITY, d -> CITY, history, Set.of(),
                Map.of(), List.of(), BUREAU);
        assertThat(fields(new R30SelfEvaluation(), tooEarly)).containsExactly("occurredOn");
    }

    @Test
    void R32_theYearlyAssessmentIsDueOnTwentiethDecemberUnlessReportedThisYear() {
        R32OmAssessment limit = new R32OmAssessment();

        assertThat(limit.window(StepHistory.of(), d -> CITY, ON).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(limit.window(StepHistory.of(new Taken(LifecycleAction.SUBMIT_OM_ASSESSMENT, LocalDate.of(2026, 6, 1))),
                d -> CITY, ON)).isEmpty();
    }

    private static List<String> fields(StepPrecondition rule, StepContext step) {
        List<Finding> blocking = new ArrayList<>();
        rule.check(step, blocking);
        return blocking.stream().map(Finding::field).toList();
    }

    private static StepContext step(Application application, LifecycleAction action, Map<OpinionKind, Verdict> verdicts) {
        return step(application, action, verdicts, BUREAU, StepHistory.of());
    }

    private static StepContext step(Application application, LifecycleAction action, Map<OpinionKind, Verdict> verdicts,
                                    Actor actor, StepHistory history) {
        Map<OpinionKind, OpinionView> opinions = new EnumMap<>(OpinionKind.class);
        verdicts.forEach((kind, verdict) -> opinions.put(kind, opinion(kind, verdict)));
        return new StepContext(project(ProjectStatus.UNDER_REVIEW), application, action, ON, CITY, d -> CITY, history,
                Set.of(DocumentType.APPLICATION_PLAN), opinions, List.of(), actor);
    }

    private static OpinionView opinion(OpinionKind kind, Verdict verdict) {
        Authority authority = kind.authority();
        return new OpinionView(UUID.randomUUID(), UUID.randomUUID(), kind, authority, verdict,
                verdict == Verdict.APPROVED ? null : "理由", ON.minusDays(3), "officer", authority.issuer(),
                UUID.randomUUID(), "意见.pdf", null, true, OffsetDateTime.now());
    }

    private static Application flagged(boolean stateSecurity, boolean civilAirDefence) {
        Application a = SampleApplications.completeConstruction("单元测试项目", "500000.00");
        return new Application(a.title(), a.kind(), a.constructionType(), a.ownerUnit(), a.competentDepartment(),
                a.totalInvestment(), a.plannedYear(), a.background(), a.indicators(), a.network(), a.cloudResources(),
                a.technicalSolution(), a.dataSharingNeeds(), a.resourceCatalogue(), a.sharingAnalysis(),
                a.supportingSoftware(), a.budget(), a.freeOmYears(), a.omCostBasis(), a.omInventory(), a.crossBoundary(),
                a.upwardApplication(), a.upwardOrganiser(), stateSecurity, civilAirDefence, a.civilWorksOrHighEnergy(),
                a.governmentInvestment(), a.hardwareExemption(), a.classified());
    }

    private static ProjectView project(ProjectStatus status) {
        return new ProjectView(UUID.randomUUID(), "单元测试项目", cn.govit.core.application.ProjectKind.CONSTRUCTION,
                "东湖区数据资源管理局", new BigDecimal("500000.00"), 2026, false, status, null, OffsetDateTime.now(),
                "dh-officer", OffsetDateTime.now(), "dh-officer", 1);
    }
}

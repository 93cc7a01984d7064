package cn.govit.core.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;

/**
 * Which opinions a project waits for at its stage — the authorities' inboxes. Each entry is asked by the
 * gate ahead of the project; the gates themselves are the step rules, which refuse without them.
 */
final class AwaitedOpinions {

    /** Before planning and approval: where Art. 8(10)'s opinions are still ahead. */
    private static final Set<ProjectStatus> BEFORE_APPROVAL = EnumSet.of(ProjectStatus.SUBMITTED,
            ProjectStatus.UNDER_REVIEW, ProjectStatus.RESERVE, ProjectStatus.ANNUAL_PLAN,
            ProjectStatus.EXCEPTIONAL_REQUESTED, ProjectStatus.EXCEPTIONAL_APPROVED);
    private static final Set<ProjectStatus> BEFORE_ART_14 = EnumSet.of(ProjectStatus.ANNUAL_PLAN,
            ProjectStatus.EXCEPTIONAL_APPROVED);
    private static final Set<ProjectStatus> UNDER_CONSTRUCTION = EnumSet.of(ProjectStatus.UNDER_CONSTRUCTION,
            ProjectStatus.SECURITY_ASSESSED);

    private AwaitedOpinions() {
    }

    /** Stages at which some opinion may be awaited at all; others are not read. */
    static boolean mayAwait(ProjectStatus status) {
        return status == ProjectStatus.DRAFT || BEFORE_APPROVAL.contains(status) || UNDER_CONSTRUCTION.contains(status)
                || Lifecycle.UPWARD_STAGES.contains(status);
    }

    /** The opinions the project's stage and application ask for now (issued or not). */
    static Set<OpinionKind> asked(ProjectView project, Application application, StepHistory history) {
        return asked(project.status(), application, history);
    }

    /** The opinions a project of that application would be asked for at stage {@code status}. */
    static Set<OpinionKind> asked(ProjectStatus status, Application application, StepHistory history) {
        Set<OpinionKind> asked = EnumSet.noneOf(OpinionKind.class);
        if (BEFORE_APPROVAL.contains(status)) {
            // Art. 8(10): before the reserve library, the annual plan and any approval.
            if (application.touchesStateSecurity()) {
                asked.add(OpinionKind.SECRECY);
                asked.add(OpinionKind.STATE_SECURITY);
            }
            if (application.touchesCivilAirDefence()) {
                asked.add(OpinionKind.CIVIL_AIR_DEFENCE);
            }
        }
        if (status == ProjectStatus.UNDER_REVIEW || BEFORE_ART_14.contains(status)) {
            asked.add(OpinionKind.TECHNICAL_REVIEW); // Art. 10, 14
        }
        if (status == ProjectStatus.UNDER_REVIEW) {
            // Art. 10: with the passed review, a construction opinion letter or the government-investment plan.
            asked.add(application.governmentInvestment() ? OpinionKind.GOVERNMENT_INVESTMENT_PLAN
                    : OpinionKind.CONSTRUCTION_OPINION_LETTER);
        }
        if (BEFORE_ART_14.contains(status)) {
            asked.add(OpinionKind.FUND_SOURCE); // Art. 14
        }
        if (status == ProjectStatus.EXCEPTIONAL_REQUESTED) {
            asked.add(OpinionKind.EXCEPTIONAL_APPROVAL); // Art. 13
        }
        if (application.governmentInvestment()
                && (status == ProjectStatus.SUBMITTED || status == ProjectStatus.UNDER_REVIEW)) {
            asked.add(OpinionKind.NDRC_PRE_CONSULTATION); // Art. 4
        }
        if (application.upwardApplication() && Lifecycle.UPWARD_STAGES.contains(status)
                && !history.contains(LifecycleAction.FILE_UPWARD)) {
            asked.add(OpinionKind.UPWARD_CONSENT); // Art. 8(9)
        }
        if (status.editable() && application.hardwareExemption() != null && !application.hardwareExemption().isBlank()
                && application.budget().stream().map(BudgetLine::category)
                .anyMatch(c -> c != null && c.forbiddenByR8_1())) {
            asked.add(OpinionKind.CENTRALISATION_EXCEPTION); // Art. 15, asked by the owner before submission
        }
        if (UNDER_CONSTRUCTION.contains(status)) {
            asked.add(OpinionKind.CYBERSECURITY); // Art. 4, 34: security built with the system
        }
        return asked;
    }
}

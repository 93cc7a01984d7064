package cn.govit.core.lifecycle;

import static cn.govit.core.documents.DocumentType.ACCEPTANCE_FILING;
import static cn.govit.core.documents.DocumentType.APPLICATION_PLAN;
import static cn.govit.core.documents.DocumentType.APPROVAL_DOCUMENT;
import static cn.govit.core.documents.DocumentType.CONTRACT;
import static cn.govit.core.documents.DocumentType.EXCEPTIONAL_APPLICATION;
import static cn.govit.core.documents.DocumentType.FINAL_ACCEPTANCE_REPORT;
import static cn.govit.core.documents.DocumentType.INITIAL_ACCEPTANCE_OPINION;
import static cn.govit.core.documents.DocumentType.LEADING_GROUP_MINUTES;
import static cn.govit.core.documents.DocumentType.MONTHLY_REPORT;
import static cn.govit.core.documents.DocumentType.OM_ASSESSMENT_REPORT;
import static cn.govit.core.documents.DocumentType.SECURITY_ASSESSMENT_REPORT;
import static cn.govit.core.documents.DocumentType.SELF_EVALUATION_REPORT;
import static cn.govit.core.documents.DocumentType.UPWARD_APPROVAL;
import static cn.govit.core.documents.DocumentType.WRITTEN_EXPLANATION;
import static cn.govit.core.lifecycle.Lifecycle.UPWARD_STAGES;
import static cn.govit.core.project.ProjectStatus.ANNUAL_PLAN;
import static cn.govit.core.project.ProjectStatus.APPROVED;
import static cn.govit.core.project.ProjectStatus.CONTRACT_FILED;
import static cn.govit.core.project.ProjectStatus.DRAFT;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_APPROVED;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_REQUESTED;
import static cn.govit.core.project.ProjectStatus.FINAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IMPLEMENTATION;
import static cn.govit.core.project.ProjectStatus.INITIAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IN_OPERATION;
import static cn.govit.core.project.ProjectStatus.OPERATION_MAINTENANCE;
import static cn.govit.core.project.ProjectStatus.PROCUREMENT;
import static cn.govit.core.project.ProjectStatus.RECTIFICATION;
import static cn.govit.core.project.ProjectStatus.RESERVE;
import static cn.govit.core.project.ProjectStatus.RETIRED;
import static cn.govit.core.project.ProjectStatus.RETURNED;
import static cn.govit.core.project.ProjectStatus.SECURITY_ASSESSED;
import static cn.govit.core.project.ProjectStatus.SELF_SUPERVISED;
import static cn.govit.core.project.ProjectStatus.SUBMITTED;
import static cn.govit.core.project.ProjectStatus.SUSPENDED;
import static cn.govit.core.project.ProjectStatus.TERMINATED;
import static cn.govit.core.project.ProjectStatus.UNDER_CONSTRUCTION;
import static cn.govit.core.project.ProjectStatus.UNDER_REVIEW;
import static cn.govit.core.security.Role.APPROVAL_OFFICER;
import static cn.govit.core.security.Role.BUREAU_OFFICER;
import static cn.govit.core.security.Role.DEPARTMENT_OFFICER;
import static cn.govit.core.security.Role.OWNER_OFFICER;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.Role;
import cn.govit.core.shared.Texts;

/**
 * 流程操作 — every step of the lifecycle in DOMAIN.md: the stages it may be taken from, where it
 * leads ({@code null}: the project stays where it is, the step is recorded), the roles that may
 * take it, the article it comes from, the documents it needs and whether a written explanation is
 * required. The articles' further preconditions, time limits and the opinions they read are the step
 * rules' ({@code lifecycle/rule}, one class per article).
 */
public enum LifecycleAction {
    SUBMIT("R8", Set.of(DRAFT), SUBMITTED, Set.of(OWNER_OFFICER), Set.of(APPLICATION_PLAN), false),
    RESUBMIT("R8", Set.of(RETURNED), SUBMITTED, Set.of(OWNER_OFFICER), Set.of(APPLICATION_PLAN), false),
    /** Art. 8: the owner unit takes back its application while nobody has acted on it yet (see R8Withdrawal). */
    WITHDRAW("R8", Set.of(SUBMITTED), DRAFT, Set.of(OWNER_OFFICER), Set.of(), true),
    RETURN_FOR_REVISION("R10", Set.of(SUBMITTED, UNDER_REVIEW), RETURNED, Set.of(DEPARTMENT_OFFICER, BUREAU_OFFICER),
            Set.of(), true),
    ENDORSE("R8", Set.of(SUBMITTED), UNDER_REVIEW, Set.of(DEPARTMENT_OFFICER), Set.of(), false),
    SELF_SUPERVISE("R7", Set.of(SUBMITTED), SELF_SUPERVISED, Set.of(DEPARTMENT_OFFICER), Set.of(), false),
    /** Art. 10: the technical review opinion is the bureau's record ({@code OpinionKind.TECHNICAL_REVIEW}). */
    PASS_REVIEW("R10", Set.of(UNDER_REVIEW), RESERVE, Set.of(BUREAU_OFFICER), Set.of(), false),
    INCLUDE_IN_ANNUAL_PLAN("R12", Set.of(RESERVE), ANNUAL_PLAN, Set.of(BUREAU_OFFICER), Set.of(LEADING_GROUP_MINUTES),
            false),
    /** Art. 13 一事一议: only for a project outside the libraries, asked for by its competent department. */
    REQUEST_EXCEPTIONAL("R13", Set.of(SUBMITTED, UNDER_REVIEW), EXCEPTIONAL_REQUESTED, Set.of(DEPARTMENT_OFFICER),
            Set.of(EXCEPTIONAL_APPLICATION), true),
    /** The city government's approval, entered by the bureau; it replaces library and plan entry, not Art. 14. */
    APPROVE_EXCEPTIONAL("R13", Set.of(EXCEPTIONAL_REQUESTED), EXCEPTIONAL_APPROVED, Set.of(BUREAU_OFFICER), Set.of(),
            false),
    REJECT_EXCEPTIONAL("R13", Set.of(EXCEPTIONAL_REQUESTED), RETURNED, Set.of(BUREAU_OFFICER), Set.of(), true),
    /** Art. 14: the feasibility study's approval, with the bureau's and the finance bureau's opinions. */
    APPROVE("R14", Set.of(ANNUAL_PLAN, EXCEPTIONAL_APPROVED), APPROVED, Set.of(APPROVAL_OFFICER),
            Set.of(APPROVAL_DOCUMENT), false),
    /** Art. 13: the budget estimate verified (投资概算获核定) — the other way into the implementation library. */
    VERIFY_BUDGET_ESTIMATE("R13", Set.of(ANNUAL_PLAN, EXCEPTIONAL_APPROVED), APPROVED, Set.of(APPROVAL_OFFICER),
            Set.of(APPROVAL_DOCUMENT), false),
    ENTER_IMPLEMENTATION("R13", Set.of(APPROVED), IMPLEMENTATION, Set.of(BUREAU_OFFICER), Set.of(), false),
    FILE_UPWARD("R8.9", UPWARD_STAGES, null, Set.of(OWNER_OFFICER), Set.of(), false),
    /** Art. 8(9): after the ministry's or province's approval, its documents are reported to the bureau. */
    REPORT_UPWARD_APPROVAL("R8.9", UPWARD_STAGES, null, Set.of(OWNER_OFFICER), Set.of(UPWARD_APPROVAL), false),
    START_PROCUREMENT("R18", Set.of(IMPLEMENTATION, SELF_SUPERVISED), PROCUREMENT, Set.of(OWNER_OFFICER), Set.of(),
            false),
    FILE_CONTRACT("R19", Set.of(PROCUREMENT), CONTRACT_FILED, Set.of(DEPARTMENT_OFFICER), Set.of(CONTRACT), false),
    START_CONSTRUCTION("R20", Set.of(CONTRACT_FILED), UNDER_CONSTRUCTION, Set.of(OWNER_OFFICER), Set.of(), false),
    SUBMIT_MONTHLY_REPORT("R19", Set.of(UNDER_CONSTRUCTION, SECURITY_ASSESSED, INITIAL_ACCEPTED, RECTIFICATION), null,
            Set.of(DEPARTMENT_OFFICER), Set.of(MONTHLY_REPORT), false),
    PASS_SECURITY_ASSESSMENT("R23", Set.of(UNDER_CONSTRUCTION), SECURITY_ASSESSED, Set.of(OWNER_OFFICER),
            Set.of(SECURITY_ASSESSMENT_REPORT), false),
    INITIAL_ACCEPTANCE("R26", Set.of(SECURITY_ASSESSED), INITIAL_ACCEPTED, Set.of(OWNER_OFFICER),
            Set.of(INITIAL_ACCEPTANCE_OPINION), false),
    PASS_FINAL_ACCEPTANCE("R26", Set.of(INITIAL_ACCEPTED, RECTIFICATION), FINAL_ACCEPTED,
            Set.of(BUREAU_OFFICER, DEPARTMENT_OFFICER), Set.of(FINAL_ACCEPTANCE_REPORT), false),
    FAIL_FINAL_ACCEPTANCE("R28", Set.of(INITIAL_ACCEPTED, RECTIFICATION), RECTIFICATION,
            Set.of(BUREAU_OFFICER, DEPARTMENT_OFFICER), Set.of(), true),
    FILE_ACCEPTANCE_DOCUMENTS("R27", Set.of(FINAL_ACCEPTED), IN_OPERATION, Set.of(DEPARTMENT_OFFICER),
            Set.of(ACCEPTANCE_FILING), false),
    SUBMIT_SELF_EVALUATION("R30", Set.of(IN_OPERATION), OPERATION_MAINTENANCE, Set.of(OWNER_OFFICER),
            Set.of(SELF_EVALUATION_REPORT), false),
    SUBMIT_OM_ASSESSMENT("R32", Set.of(OPERATION_MAINTENANCE), null, Set.of(OWNER_OFFICER), Set.of(OM_ASSESSMENT_REPORT),
            false),
    SUSPEND("R35", Lifecycle.SUSPENDABLE, SUSPENDED, Set.of(BUREAU_OFFICER), Set.of(), true),
    RESUME("R35", Set.of(SUSPENDED), null, Set.of(BUREAU_OFFICER), Set.of(), true),
    TERMINATE("R35", Lifecycle.TERMINABLE, TERMINATED, Set.of(BUREAU_OFFICER), Set.of(WRITTEN_EXPLANATION), true),
    RETIRE("R38", Set.of(IN_OPERATION, OPERATION_MAINTENANCE), RETIRED, Set.of(OWNER_OFFICER, BUREAU_OFFICER), Set.of(),
            true);

    private final String article;
    private final Set<ProjectStatus> from;
    private final ProjectStatus to;
    private final Set<Role> roles;
    private final Set<DocumentType> documents;
    private final boolean explanationRequired;

    LifecycleAction(String article, Set<ProjectStatus> from, ProjectStatus to, Set<Role> roles,
                    Set<DocumentType> documents, boolean explanationRequired) {
        this.article = article;
        this.from = EnumSet.copyOf(from);
        this.to = to;
        this.roles = Set.copyOf(roles);
        this.documents = documents.isEmpty() ? EnumSet.noneOf(DocumentType.class) : EnumSet.copyOf(documents);
        this.explanationRequired = explanationRequired;
    }

    public String article() {
        return article;
    }

    public Set<ProjectStatus> from() {
        return Set.copyOf(from);
    }

    /** Where the step leads; {@code null} for a step recorded in place (and for {@link #RESUME}). */
    public ProjectStatus to() {
        return to;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<DocumentType> documents() {
        return Set.copyOf(documents);
    }

    public boolean explanationRequired() {
        return explanationRequired;
    }

    public String label(Locale locale) {
        return Texts.get(locale, "action." + name());
    }
}

package cn.govit.core.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.govit.core.application.Application;
import cn.govit.core.catalogue.CloudServiceCatalogue;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectChange;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.ApplicationRules;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.rules.Severity;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.shared.Texts;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Takes lifecycle steps on the current tenant's projects: the state machine first ({@link Lifecycle}),
 * then the rules in force on the step's date, the required documents and opinions; records who, when,
 * under which rule-set version and with which documents. A refused step changes nothing.
 */
@Service
@Validated
public class LifecycleService {

    /** How far back an officer may date a step that happened on paper before it was recorded. */
    private static final int MAX_BACKDATE_YEARS = 2;

    private final ProjectService projects;
    private final ProjectStepRepository steps;
    private final RuleSetService rules;
    private final DocumentService documents;
    private final ComplianceService compliance;
    private final CloudServiceCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LifecycleService(ProjectService projects, ProjectStepRepository steps, RuleSetService rules,
                     DocumentService documents, ComplianceService compliance, CloudServiceCatalogue catalogue,
                     ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.steps = steps;
        this.rules = rules;
        this.documents = documents;
        this.compliance = compliance;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** The steps the state machine lets a user with {@code roles} take now (documents and rules aside). */
    @Transactional(readOnly = true)
    public List<LifecycleAction> available(UUID projectId, Set<String> roles) {
        ProjectView project = load(projectId);
        return EnumSet.allOf(LifecycleAction.class).stream()
                .filter(a -> Lifecycle.refusal(project.status(), a, roles).isEmpty())
                .toList();
    }

    /** Takes a step, or refuses it with the article that forbids it; a refusal changes nothing. */
    @Transactional
    public StepView take(UUID projectId, @Valid StepRequest request, String actor, Set<String> roles) {
        ProjectView project = load(projectId);
        if (project.version() != request.version()) {
            throw new OptimisticLockingFailureException("project " + projectId + " is at version " + project.version());
        }
        LifecycleAction action = request.action();
        Optional<Lifecycle.Refusal> refusal = Lifecycle.refusal(project.status(), action, roles);
        if (refusal.isPresent()) {
            throw refusal.get() == Lifecycle.Refusal.NOT_YOUR_ROLE
                    ? new ApiProblem(HttpStatus.FORBIDDEN, "step.notYourRole", action.article(), "action",
                    action.label(Locale.SIMPLIFIED_CHINESE))
                    : new ApiProblem(HttpStatus.CONFLICT, "step.notFromStage", action.article(), "action",
                    action.label(Locale.SIMPLIFIED_CHINESE), project.status().label(Locale.SIMPLIFIED_CHINESE));
        }
        List<ProjectStep> history = steps.findByProjectIdOrderByRecordedAtAsc(projectId);
        LocalDate on = stepDate(request.occurredOn(), history);
        List<DocumentView> attached = documents.find(projectId, request.documentIds());
        if (attached.size() != new TreeSet<>(request.documentIds()).size()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.documentNotOfProject", action.article(), "documentIds");
        }
        RuleSet inForce = rules.inForce(on);
        Application application = projects.application(projectId).orElseThrow();
        Set<DocumentType> available = documents.list(projectId).stream().map(DocumentView::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
        List<Finding> blocking = preconditions(project, application, action, request, inForce, on, available,
                history, roles);
        if (!blocking.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "step.refused", blocking.getFirst().article(),
                    blocking.getFirst().field(), action.label(Locale.SIMPLIFIED_CHINESE))
                    .with("findings", blocking);
        }
        ProjectStatus to = Lifecycle.target(project.status(), project.suspendedFrom(), action);
        ProjectStatus suspendedFrom = action == LifecycleAction.SUSPEND ? project.status()
                : action == LifecycleAction.RESUME ? null : project.suspendedFrom();
        projects.moveTo(projectId, project.version(), project.status(), to, suspendedFrom, actor);
        ProjectStep step = steps.save(new ProjectStep(projectId, action, project.status(), to, actor,
                String.join(",", new TreeSet<>(roles)), on, OffsetDateTime.now(clock), inForce.versionLabel(),
                blankToNull(request.explanation()), lateArticle(action, on, inForce, history)));
        documents.linkToStep(projectId, request.documentIds(), step.id());
        events.publishEvent(new ProjectStepTaken(TenantContext.require().code(), projectId, action, project.status(), to));
        return step.view(documents.find(projectId, request.documentIds()));
    }

    @Transactional(readOnly = true)
    public List<StepView> steps(UUID projectId) {
        load(projectId);
        List<DocumentView> all = documents.list(projectId);
        return steps.findByProjectIdOrderByRecordedAtAsc(projectId).stream()
                .map(s -> s.view(all.stream().filter(d -> s.id().equals(d.stepId())).toList()))
                .toList();
    }

    /** 时限 — what is due next for the project, under the rules in force when its clock started. */
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(UUID projectId) {
        ProjectView project = load(projectId);
        List<ProjectStep> history = steps.findByProjectIdOrderByRecordedAtAsc(projectId);
        LocalDate today = today();
        List<Deadline> deadlines = new ArrayList<>();
        switch (project.status()) {
            case UNDER_CONSTRUCTION, SECURITY_ASSESSED, INITIAL_ACCEPTED, RECTIFICATION -> last(history,
                    LifecycleAction.SUBMIT_MONTHLY_REPORT, LifecycleAction.START_CONSTRUCTION).ifPresent(s ->
                    deadlines.add(deadline("R19", "deadline.R19", null, monthlyReportDue(s.occurredOn(),
                            rules.inForce(s.occurredOn())), today)));
            case FINAL_ACCEPTED -> last(history, LifecycleAction.PASS_FINAL_ACCEPTANCE).ifPresent(s ->
                    deadlines.add(deadline("R27", "deadline.R27", null, s.occurredOn().plusDays(
                            rules.inForce(s.occurredOn()).integer(RuleParameter.R27_ACCEPTANCE_DOCUMENTS_DAYS)), today)));
            case IN_OPERATION -> last(history, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS).ifPresent(s -> {
                RuleSet r = rules.inForce(s.occurredOn());
                deadlines.add(deadline("R30", "deadline.R30",
                        s.occurredOn().plusMonths(r.integer(RuleParameter.R30_SELF_EVALUATION_FROM_MONTHS)),
                        s.occurredOn().plusMonths(r.integer(RuleParameter.R30_SELF_EVALUATION_TO_MONTHS)), today));
            });
            case OPERATION_MAINTENANCE -> {
                boolean reportedThisYear = history.stream().anyMatch(s -> s.action() == LifecycleAction.SUBMIT_OM_ASSESSMENT
                        && s.occurredOn().getYear() == today.getYear());
                if (!reportedThisYear) {
                    deadlines.add(deadline("R32", "deadline.R32", null,
                            rules.inForce(today).monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).atYear(today.getYear()),
                            today));
                }
            }
            default -> {
            }
        }
        if (project.status() == ProjectStatus.RECTIFICATION) {
            last(history, LifecycleAction.FAIL_FINAL_ACCEPTANCE).ifPresent(s -> deadlines.add(deadline("R28",
                    "deadline.R28", null, s.occurredOn().plusMonths(
                            rules.inForce(s.occurredOn()).integer(RuleParameter.R28_RECTIFICATION_MONTHS)), today)));
        }
        return deadlines;
    }

    /** 时间轴 — edits, steps and documents of the project in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID projectId) {
        load(projectId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (ProjectChange change : projects.history(projectId)) {
            if (change.created()) {
                entries.add(new TimelineEntry(change.at(), change.actor(), "EDIT", Texts.zh("timeline.created"),
                        Texts.en("timeline.created"), change.changedFields(), null));
            } else if (!change.changedFields().isEmpty()) {
                entries.add(new TimelineEntry(change.at(), change.actor(), "EDIT", Texts.zh("timeline.edited"),
                        Texts.en("timeline.edited"), change.changedFields(), null));
            }
        }
        for (StepView step : steps(projectId)) {
            List<String> detail = new ArrayList<>();
            if (step.explanation() != null) {
                detail.add(step.explanation());
            }
            step.documents().forEach(d -> detail.add(d.filename()));
            entries.add(new TimelineEntry(step.recordedAt(), step.actor(), "STEP",
                    Texts.zh("timeline.step", step.action().label(Locale.SIMPLIFIED_CHINESE),
                            step.to().label(Locale.SIMPLIFIED_CHINESE), step.occurredOn().toString()),
                    Texts.en("timeline.step", step.action().label(Locale.ENGLISH), step.to().label(Locale.ENGLISH),
                            step.occurredOn().toString()),
                    detail, step.action().article()));
        }
        for (DocumentView d : documents.list(projectId)) {
            entries.add(new TimelineEntry(d.uploadedAt(), d.uploadedBy(), "DOCUMENT",
                    Texts.zh("timeline.document", d.type().label(Locale.SIMPLIFIED_CHINESE)),
                    Texts.en("timeline.document", d.type().label(Locale.ENGLISH)), List.of(d.filename()), null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private List<Finding> preconditions(ProjectView project, Application application, LifecycleAction action,
                                        StepRequest request, RuleSet inForce, LocalDate on,
                                        Set<DocumentType> available, List<ProjectStep> history, Set<String> roles) {
        List<Finding> blocking = new ArrayList<>();
        if (action.explanationRequired() && blankToNull(request.explanation()) == null) {
            blocking.add(Finding.of(action.article(), Severity.BLOCKING, "explanation", "step.explanationRequired"));
        }
        for (DocumentType required : action.documents()) {
            if (!available.contains(required)) {
                blocking.add(Finding.of(action.article(), Severity.BLOCKING, "documentIds", "step.documentMissing",
                        required.label(Locale.SIMPLIFIED_CHINESE), required.label(Locale.ENGLISH)));
            }
        }
        switch (action) {
            case SUBMIT, RESUBMIT -> {
                ApplicationRules.check(application, inForce, catalogue.codes()).stream().filter(Finding::blocking)
                        .forEach(blocking::add);
                if (inForce.flag(RuleParameter.R33_SANCTIONS_ENFORCED) && compliance.sanctioned(project.ownerUnit())) {
                    blocking.add(Finding.of("R33", Severity.BLOCKING, "ownerUnit", "R33.sanctioned", project.ownerUnit()));
                }
            }
            case SELF_SUPERVISE -> {
                var threshold = inForce.money(RuleParameter.R7_SELF_SUPERVISION_THRESHOLD);
                if (project.totalInvestment().compareTo(threshold) >= 0) {
                    blocking.add(Finding.of("R7", Severity.BLOCKING, "totalInvestment", "R7.aboveThreshold",
                            project.totalInvestment().toPlainString(), threshold.toPlainString()));
                }
                // The department's decision is this small project's approval: Art. 8(10) applies to it as well.
                securityOpinionsMissing(application, inForce, available, blocking);
            }
            case PASS_REVIEW -> ApplicationRules.check(application, inForce, catalogue.codes()).stream()
                    .filter(f -> f.blocking() && f.article().equals("R9")).forEach(blocking::add);
            // Art. 8(10): the opinions come before any approval, the exceptional one of Art. 13 included.
            case APPROVE, APPROVE_EXCEPTIONAL -> securityOpinionsMissing(application, inForce, available, blocking);
            case FILE_UPWARD -> {
                if (!application.upwardApplication()) {
                    blocking.add(Finding.of("R8.9", Severity.BLOCKING, "action", "R8.9.notUpward"));
                } else if (inForce.flag(RuleParameter.R8_9_BUREAU_OPINION_BEFORE_UPWARD)
                        && !available.contains(DocumentType.UPWARD_TECHNICAL_OPINION)) {
                    blocking.add(Finding.of("R8.9", Severity.BLOCKING, "documentIds", "R8.9.opinionMissing"));
                }
            }
            case PASS_FINAL_ACCEPTANCE, FAIL_FINAL_ACCEPTANCE -> {
                boolean selfSupervised = history.stream().anyMatch(s -> s.action() == LifecycleAction.SELF_SUPERVISE);
                if (!roles.contains(Role.BUREAU) && !selfSupervised) {
                    blocking.add(Finding.of("R26", Severity.BLOCKING, "action", "R26.bureauConsent"));
                }
            }
            case SUBMIT_SELF_EVALUATION -> last(history, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS).ifPresent(live -> {
                LocalDate opens = live.occurredOn().plusMonths(inForce.integer(RuleParameter.R30_SELF_EVALUATION_FROM_MONTHS));
                if (on.isBefore(opens)) {
                    blocking.add(Finding.of("R30", Severity.BLOCKING, "occurredOn", "R30.tooEarly", opens.toString()));
                }
            });
            default -> {
            }
        }
        return blocking;
    }

    /** 第八条第（十）项 — the secrecy, state security and civil air defence opinions the project's flags call for. */
    private static void securityOpinionsMissing(Application application, RuleSet inForce, Set<DocumentType> available,
                                                List<Finding> blocking) {
        if (!inForce.flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)) {
            return;
        }
        EnumSet<DocumentType> opinions = EnumSet.noneOf(DocumentType.class);
        if (application.touchesStateSecurity()) {
            opinions.add(DocumentType.SECRECY_OPINION);
            opinions.add(DocumentType.STATE_SECURITY_OPINION);
        }
        if (application.touchesCivilAirDefence()) {
            opinions.add(DocumentType.CIVIL_AIR_DEFENCE_OPINION);
        }
        opinions.stream().filter(o -> !available.contains(o)).forEach(o -> blocking.add(Finding.of("R8.10",
                Severity.BLOCKING, "documentIds", "R8.10.opinionMissing",
                o.label(Locale.SIMPLIFIED_CHINESE), o.label(Locale.ENGLISH))));
    }

    /** The article whose deadline this step missed, if any. */
    private String lateArticle(LifecycleAction action, LocalDate on, RuleSet inForce, List<ProjectStep> history) {
        return switch (action) {
            case SUBMIT_MONTHLY_REPORT -> last(history, LifecycleAction.SUBMIT_MONTHLY_REPORT,
                    LifecycleAction.START_CONSTRUCTION)
                    .filter(s -> on.isAfter(monthlyReportDue(s.occurredOn(), inForce))).map(s -> "R19").orElse(null);
            case FILE_ACCEPTANCE_DOCUMENTS -> last(history, LifecycleAction.PASS_FINAL_ACCEPTANCE)
                    .filter(s -> on.isAfter(s.occurredOn().plusDays(inForce.integer(RuleParameter.R27_ACCEPTANCE_DOCUMENTS_DAYS))))
                    .map(s -> "R27").orElse(null);
            case PASS_FINAL_ACCEPTANCE -> last(history, LifecycleAction.FAIL_FINAL_ACCEPTANCE)
                    .filter(s -> on.isAfter(s.occurredOn().plusMonths(inForce.integer(RuleParameter.R28_RECTIFICATION_MONTHS))))
                    .map(s -> "R28").orElse(null);
            case SUBMIT_SELF_EVALUATION -> last(history, LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS)
                    .filter(s -> on.isAfter(s.occurredOn().plusMonths(inForce.integer(RuleParameter.R30_SELF_EVALUATION_TO_MONTHS))))
                    .map(s -> "R30").orElse(null);
            case SUBMIT_OM_ASSESSMENT -> on.isAfter(inForce.monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).atYear(on.getYear()))
                    ? "R32" : null;
            default -> null;
        };
    }

    /** The report of the month of {@code since} is due on the rule set's day of the following month (Art. 19). */
    private static LocalDate monthlyReportDue(LocalDate since, RuleSet inForce) {
        return YearMonth.from(since).plusMonths(1).atDay(inForce.integer(RuleParameter.R19_MONTHLY_REPORT_DUE_DAY));
    }

    private static Deadline deadline(String article, String key, LocalDate opensOn, LocalDate dueOn, LocalDate today) {
        return new Deadline(article, Texts.zh(key), Texts.en(key), opensOn, dueOn, today.isAfter(dueOn));
    }

    private static Optional<ProjectStep> last(List<ProjectStep> history, LifecycleAction... actions) {
        Set<LifecycleAction> wanted = Set.of(actions);
        return history.reversed().stream().filter(s -> wanted.contains(s.action())).findFirst();
    }

    private LocalDate stepDate(LocalDate requested, List<ProjectStep> history) {
        LocalDate today = today();
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.future", null, "occurredOn");
        }
        if (requested.isBefore(today.minusYears(MAX_BACKDATE_YEARS))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.tooOld", null, "occurredOn", MAX_BACKDATE_YEARS);
        }
        if (!history.isEmpty() && requested.isBefore(history.getLast().occurredOn())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.beforeLast", null, "occurredOn",
                    history.getLast().occurredOn().toString());
        }
        return requested;
    }

    private ProjectView load(UUID projectId) {
        TenantContext.require();
        return projects.find(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

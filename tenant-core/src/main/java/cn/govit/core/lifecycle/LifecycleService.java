package cn.govit.core.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.govit.core.application.Application;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectChange;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.rules.Severity;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
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
 * Takes lifecycle steps on the current tenant's projects — orchestration only: the state machine first
 * ({@link Lifecycle}), then every article's {@link StepPrecondition} under the rules in force on the
 * step's date; records who, when, under which rule-set version, with which documents and whether an
 * article's {@link TimeLimit} was missed; then tells the other features ({@link ProjectStepTaken}). A
 * refused step changes nothing. Roles are those of the request's user, never the caller's word.
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
    private final OpinionService opinions;
    private final List<StepPrecondition> preconditions;
    private final List<TimeLimit> timeLimits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LifecycleService(ProjectService projects, ProjectStepRepository steps, RuleSetService rules,
                     DocumentService documents, OpinionService opinions, List<StepPrecondition> preconditions,
                     List<TimeLimit> timeLimits, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.steps = steps;
        this.rules = rules;
        this.documents = documents;
        this.opinions = opinions;
        this.preconditions = List.copyOf(preconditions);
        this.timeLimits = List.copyOf(timeLimits);
        this.events = events;
        this.clock = clock;
    }

    /** The steps the state machine lets the request's user take now (documents and rules aside). */
    @Transactional(readOnly = true)
    public List<LifecycleAction> available(UUID projectId) {
        ProjectView project = load(projectId);
        Actor actor = CurrentUser.actor();
        return EnumSet.allOf(LifecycleAction.class).stream()
                .filter(a -> Lifecycle.refusal(project.status(), a, actor.roles()).isEmpty())
                .filter(a -> forItsOwnUnit(a, actor, project))
                .toList();
    }

    /**
     * What the articles still ask before {@code action} could be taken today — e.g. an authority's opinion
     * that is missing — without the documents and explanation the step itself brings. Empty: nothing.
     */
    @Transactional(readOnly = true)
    public List<Finding> outstanding(UUID projectId, LifecycleAction action) {
        return outstanding(projectId, List.of(action)).get(action);
    }

    /** {@link #outstanding(UUID, LifecycleAction)} for several steps, the project read once for all of them. */
    @Transactional(readOnly = true)
    public Map<LifecycleAction, List<Finding>> outstanding(UUID projectId, Collection<LifecycleAction> actions) {
        ProjectView project = load(projectId);
        StepHistory history = history(steps.findByProjectIdOrderByRecordedAtAsc(projectId));
        StepContext today = context(project, LifecycleAction.SUBMIT, today(), history, documentTypes(projectId),
                CurrentUser.actor());
        Map<LifecycleAction, List<Finding>> outstanding = new EnumMap<>(LifecycleAction.class);
        for (LifecycleAction action : actions) {
            outstanding.put(action, articleFindings(today.forAction(action)));
        }
        return outstanding;
    }

    /**
     * 待出具意见 — the projects of the tenant that wait for an opinion the request's user may issue, with the
     * article that asks for it (see {@link AwaitedOpinions}).
     */
    @Transactional(readOnly = true)
    public List<AwaitedOpinion> awaitingMyOpinion() {
        TenantContext.require();
        Set<Role> roles = CurrentUser.roles();
        Set<OpinionKind> mine = EnumSet.noneOf(OpinionKind.class);
        for (OpinionKind kind : OpinionKind.values()) {
            if (roles.contains(kind.authority().issuer())) {
                mine.add(kind);
            }
        }
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OpinionKind>> issued = opinions.currentKindsByProject(mine);
        List<AwaitedOpinion> awaited = new ArrayList<>();
        for (ProjectView project : projects.list()) {
            if (!AwaitedOpinions.mayAwait(project.status())) {
                continue;
            }
            Application application = projects.application(project.id()).orElseThrow();
            StepHistory history = history(steps.findByProjectIdOrderByRecordedAtAsc(project.id()));
            for (OpinionKind kind : AwaitedOpinions.asked(project, application, history)) {
                if (mine.contains(kind) && !issued.getOrDefault(project.id(), List.of()).contains(kind)) {
                    awaited.add(new AwaitedOpinion(project, kind, kind.article()));
                }
            }
        }
        return awaited;
    }

    /**
     * The opinions the project would wait for at {@code stage} that no authority has given yet — what moving it
     * there asks of the authorities (see {@link AwaitedOpinions}); read by whoever may read the project.
     */
    @Transactional(readOnly = true)
    public Set<OpinionKind> awaitedAt(UUID projectId, ProjectStatus stage) {
        ProjectView project = load(projectId);
        StepHistory history = history(steps.findByProjectIdOrderByRecordedAtAsc(projectId));
        Set<OpinionKind> awaited = EnumSet.noneOf(OpinionKind.class);
        awaited.addAll(AwaitedOpinions.asked(stage, projects.application(projectId).orElseThrow(), history));
        awaited.removeAll(opinions.current(project.id()).keySet());
        return awaited;
    }

    /** Takes a step as the request's user, or refuses it with the article that forbids it; a refusal changes nothing. */
    @Transactional
    public StepView take(UUID projectId, @Valid StepRequest request) {
        Actor actor = CurrentUser.actor();
        ProjectView project = load(projectId);
        LifecycleAction action = request.action();
        Optional<Lifecycle.Refusal> refusal = Lifecycle.refusal(project.status(), action, actor.roles());
        if (refusal.isPresent()) {
            throw refusal.get() == Lifecycle.Refusal.NOT_YOUR_ROLE
                    ? new ApiProblem(HttpStatus.FORBIDDEN, "step.notYourRole", action.article(), "action",
                    action.label(Locale.SIMPLIFIED_CHINESE))
                    : new ApiProblem(HttpStatus.CONFLICT, "step.notFromStage", action.article(), "action",
                    action.label(Locale.SIMPLIFIED_CHINESE), project.status().label(Locale.SIMPLIFIED_CHINESE));
        }
        if (!forItsOwnUnit(action, actor, project)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "project.notYourUnit", "R4", "ownerUnit", project.ownerUnit());
        }
        if (project.version() != request.version()) {
            throw new OptimisticLockingFailureException("project " + projectId + " is at version " + project.version());
        }
        List<ProjectStep> recorded = steps.findByProjectIdOrderByRecordedAtAsc(projectId);
        StepHistory history = history(recorded);
        LocalDate on = stepDate(request.occurredOn(), recorded);
        List<DocumentView> attached = documents.find(projectId, request.documentIds());
        if (attached.size() != new TreeSet<>(request.documentIds()).size()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.documentNotOfProject", action.article(), "documentIds");
        }
        RuleSet inForce = rules.inForce(on);
        Set<DocumentType> available = documentTypes(projectId);
        List<Finding> blocking = new ArrayList<>(generalRequirements(action, request, available));
        blocking.addAll(articleFindings(context(project, action, on, history, available, actor)));
        if (!blocking.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "step.refused", blocking.getFirst().article(),
                    blocking.getFirst().field(), action.label(Locale.SIMPLIFIED_CHINESE))
                    .with("findings", blocking);
        }
        ProjectStatus to = Lifecycle.target(project.status(), project.suspendedFrom(), action);
        ProjectStatus suspendedFrom = action == LifecycleAction.SUSPEND ? project.status()
                : action == LifecycleAction.RESUME ? null : project.suspendedFrom();
        projects.moveTo(projectId, project.version(), project.status(), to, suspendedFrom, actor.name());
        String late = timeLimits.stream().filter(t -> t.metBy() == action)
                .filter(t -> t.window(history, rules::inForce, on).filter(w -> w.missedOn(on)).isPresent())
                .map(TimeLimit::article).findFirst().orElse(null);
        ProjectStep step = steps.save(new ProjectStep(projectId, action, project.status(), to, actor.name(),
                actor.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(",")), on,
                OffsetDateTime.now(clock), inForce.versionLabel(), blankToNull(request.explanation()), late));
        documents.linkToStep(projectId, request.documentIds(), step.id());
        events.publishEvent(new ProjectStepTaken(TenantContext.require().code(), projectId, step.id(), action,
                project.status(), to, on, actor.name(), late));
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

    /** The date each action was first taken on the project (the step's own date), e.g. its first submission. */
    @Transactional(readOnly = true)
    public Map<LifecycleAction, LocalDate> firstTaken(UUID projectId) {
        TenantContext.require();
        Map<LifecycleAction, LocalDate> first = new EnumMap<>(LifecycleAction.class);
        for (ProjectStep step : steps.findByProjectIdOrderByRecordedAtAsc(projectId)) {
            first.merge(step.action(), step.occurredOn(), (a, b) -> a.isAfter(b) ? b : a);
        }
        return first;
    }

    /** 时限 — what is due next for the project, each article's limit counted under the rules in force when its clock started. */
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(UUID projectId) {
        ProjectView project = load(projectId);
        StepHistory history = history(steps.findByProjectIdOrderByRecordedAtAsc(projectId));
        LocalDate today = today();
        return timeLimits.stream().filter(t -> t.runsIn().contains(project.status()))
                .flatMap(t -> t.window(history, rules::inForce, today).stream()
                        .map(w -> new Deadline(t.article(), Texts.zh("deadline." + t.article()),
                                Texts.en("deadline." + t.article()), w.opensOn(), w.dueOn(), w.missedOn(today), t.metBy())))
                .sorted(Comparator.comparing(Deadline::dueOn))
                .toList();
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
        for (OpinionView o : opinions.history(projectId)) {
            entries.add(new TimelineEntry(o.recordedAt(), o.issuedBy(), "OPINION",
                    Texts.zh("timeline.opinion", o.kind().authority().label(Locale.SIMPLIFIED_CHINESE),
                            o.kind().label(Locale.SIMPLIFIED_CHINESE), o.verdict().label(Locale.SIMPLIFIED_CHINESE),
                            o.issuedOn().toString()),
                    Texts.en("timeline.opinion", o.kind().authority().label(Locale.ENGLISH),
                            o.kind().label(Locale.ENGLISH), o.verdict().label(Locale.ENGLISH), o.issuedOn().toString()),
                    o.conditions() == null ? List.of() : List.of(o.conditions()), o.kind().article()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** What every step asks whatever its article: a written explanation where required, and its documents. */
    private static List<Finding> generalRequirements(LifecycleAction action, StepRequest request,
                                                     Set<DocumentType> available) {
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
        return blocking;
    }

    private StepContext context(ProjectView project, LifecycleAction action, LocalDate on, StepHistory history,
                                Set<DocumentType> available, Actor actor) {
        return new StepContext(project, projects.application(project.id()).orElseThrow(), action, on,
                rules.inForce(on), rules::inForce, history, available, opinions.current(project.id()),
                projects.findings(project.id(), on), actor);
    }

    private List<Finding> articleFindings(StepContext context) {
        List<Finding> blocking = new ArrayList<>();
        preconditions.forEach(p -> p.check(context, blocking));
        return blocking;
    }

    private Set<DocumentType> documentTypes(UUID projectId) {
        return documents.list(projectId).stream().map(DocumentView::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
    }

    /**
     * Art. 4: a step the user may take only as an owner unit's officer is that unit's own — an officer of
     * another unit of the same district cannot take it.
     */
    private static boolean forItsOwnUnit(LifecycleAction action, Actor actor, ProjectView project) {
        boolean onlyAsOwner = action.roles().stream().filter(actor::has).allMatch(r -> r == Role.OWNER_OFFICER);
        return !onlyAsOwner || actor.actsFor(project.ownerUnit());
    }

    private static StepHistory history(List<ProjectStep> recorded) {
        return new StepHistory(recorded.stream().map(s -> new StepHistory.Taken(s.action(), s.occurredOn(), s.recordedAt())).toList());
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

package cn.govit.core.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;

import cn.govit.core.application.Application;
import cn.govit.core.catalogue.CloudServiceCatalogue;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.rules.ApplicationRules;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.GrantedExceptions;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.web.ApiProblem;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.JsonNode;

/**
 * The project registry of the current tenant: applications, what the rules find about them, and
 * their kept history. Every call requires a tenant; none crosses tenants. Status changes come only
 * from the lifecycle, through {@link #moveTo}.
 */
@Service
@Validated
public class ProjectService {

    private final ProjectRepository projects;
    private final RuleSetService rules;
    private final CloudServiceCatalogue catalogue;
    private final EntityManager entityManager;
    private final ObjectProvider<GrantedExceptions> exceptions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OwnerUnitService ownerUnits;
    private final ComplianceService compliance;

    ProjectService(ProjectRepository projects, RuleSetService rules, CloudServiceCatalogue catalogue,
                   EntityManager entityManager, ObjectProvider<GrantedExceptions> exceptions, Clock clock,
                   ApplicationEventPublisher events, OwnerUnitService ownerUnits, ComplianceService compliance) {
        this.events = events;
        this.compliance = compliance;
        this.ownerUnits = ownerUnits;
        this.projects = projects;
        this.rules = rules;
        this.catalogue = catalogue;
        this.entityManager = entityManager;
        this.exceptions = exceptions;
        this.clock = clock;
    }

    /**
     * Saves a new draft of one of the owner units the request's user acts for (Art. 4: the owner unit
     * proposes its own projects); refused 422 R33 while a sanction is in force on the unit (第三十三条); a classified project keeps only its stub and is handled offline (Art. 42).
     */
    @Transactional
    public ProjectView create(@Valid Application application) {
        TenantContext.require();
        Actor actor = ownerOfficerOf(application.ownerUnit());
        compliance.refuseIfSanctioned(application.ownerUnit());
        Application stored = application.classified() ? application.classifiedStub() : application.normalized();
        ProjectView created = projects.saveAndFlush(new Project(stored, OffsetDateTime.now(clock), actor.name())).view();
        events.publishEvent(new ProjectChanged(TenantContext.require().code(), created.id(), true, actor.name()));
        return created;
    }

    /**
     * Edits a draft or returned application of the user's own owner unit; refused once submitted or while a
     * sanction is in force on the unit (422 R33, 第三十三条), and 409
     * if someone saved in between. The unit cannot be changed to one the user does not act for.
     */
    @Transactional
    public ProjectDetail update(UUID id, @Valid ApplicationUpdate update) {
        Project project = load(id);
        ownerOfficerOf(project.view().ownerUnit());
        Actor actor = ownerOfficerOf(update.application().ownerUnit());
        compliance.refuseIfSanctioned(project.view().ownerUnit());
        compliance.refuseIfSanctioned(update.application().ownerUnit());
        if (project.version() != update.version()) {
            throw new OptimisticLockingFailureException("project " + id + " is at version " + project.version());
        }
        if (!project.status().editable()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "project.notEditable", "R8", "status",
                    project.status().label(Locale.SIMPLIFIED_CHINESE));
        }
        if (update.application().classified() != project.view().classified()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "project.classifiedFixed", "R42", "application.classified");
        }
        project.apply(project.view().classified() ? update.application().classifiedStub()
                : update.application().normalized(), OffsetDateTime.now(clock), actor.name());
        projects.flush();
        events.publishEvent(new ProjectChanged(TenantContext.require().code(), id, false, actor.name()));
        return detail(project);
    }

    @Transactional(readOnly = true)
    public List<ProjectView> list() {
        return list(ProjectFilter.ALL);
    }

    @Transactional(readOnly = true)
    public List<ProjectView> list(ProjectFilter filter) {
        return page(filter, Pageable.unpaged()).getContent();
    }

    /** One page of the register under {@code filter}, with the total it is part of. */
    @Transactional(readOnly = true)
    public Page<ProjectView> page(ProjectFilter filter, Pageable page) {
        TenantContext.require();
        Matching m = Matching.of(filter);
        return projects.search(filter.status(), filter.kind(), filter.plannedYear(), m.text(), m.anyUnit(), m.units(), page)
                .map(Project::view);
    }

    /** How many projects the register shows under {@code filter}. */
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        TenantContext.require();
        Matching m = Matching.of(filter);
        return projects.count(filter.status(), filter.kind(), filter.plannedYear(), m.text(), m.anyUnit(), m.units());
    }

    /**
     * One page of the project catalogue (项目目录) under {@code filter}: every project but classified ones (Art. 42),
     * oldest first, so paging through it is stable while projects are added. Any user of the tenant reads it.
     */
    @Transactional(readOnly = true)
    public Page<ProjectView> cataloguePage(ProjectFilter filter, Pageable page) {
        TenantContext.require();
        Matching m = Matching.of(filter);
        return projects.catalogue(filter.status(), filter.kind(), filter.plannedYear(), m.text(), m.anyUnit(), m.units(),
                page).map(Project::view);
    }

    /**
     * The whole catalogue under {@code filter}, in the order of {@link #cataloguePage}, handed to {@code each} row by
     * row from a database cursor; rows are let go as they pass, so an export of any size holds a few in memory.
     */
    @Transactional(readOnly = true)
    public void eachInCatalogue(ProjectFilter filter, java.util.function.Consumer<ProjectView> each) {
        TenantContext.require();
        Matching m = Matching.of(filter);
        try (java.util.stream.Stream<Project> rows = projects.streamCatalogue(filter.status(), filter.kind(),
                filter.plannedYear(), m.text(), m.anyUnit(), m.units())) {
            rows.forEach(p -> {
                each.accept(p.view());
                entityManager.detach(p);
            });
        }
    }

    /** The filter as the repository's query takes it: a LIKE pattern, and the units or "any unit". */
    private record Matching(String text, boolean anyUnit, Set<String> units) {

        static Matching of(ProjectFilter filter) {
            String text = filter.text() == null || filter.text().isBlank() ? null
                    : "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            boolean anyUnit = filter.ownerUnits() == null;
            // An empty IN list is not valid SQL everywhere; a unit name that cannot exist stands for "none".
            Set<String> units = anyUnit || filter.ownerUnits().isEmpty() ? Set.of("") : filter.ownerUnits();
            return new Matching(text, anyUnit, units);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ProjectView> find(UUID id) {
        TenantContext.require();
        return projects.findById(id).map(Project::view);
    }

    @Transactional(readOnly = true)
    public Optional<ProjectDetail> detail(UUID id) {
        TenantContext.require();
        return projects.findById(id).map(this::detail);
    }

    /** The stored application of a project. */
    @Transactional(readOnly = true)
    public Optional<Application> application(UUID id) {
        TenantContext.require();
        return projects.findById(id).map(Project::application);
    }

    /** What the tenant's rules in force on {@code date} find about an unsaved application (no exception granted yet). */
    @Transactional(readOnly = true)
    public List<Finding> check(Application application, LocalDate date) {
        return ApplicationRules.check(application, new CheckContext(rules.inForce(date), catalogue.codes(), false));
    }

    /** What the rules in force on {@code date} find about a stored project, with the exceptions granted to it. */
    @Transactional(readOnly = true)
    public List<Finding> findings(UUID id, LocalDate date) {
        Project project = load(id);
        return findings(id, project.application(), rules.inForce(date));
    }

    /**
     * Whether the request's user may edit this project's application: an owner-officer acting for its
     * unit, while the project is a draft or returned. Views ask before they offer the wizard.
     */
    public boolean editableByCurrentUser(ProjectView project) {
        Actor actor = CurrentUser.actor();
        return project.status().editable() && actor.has(Role.OWNER_OFFICER) && actor.actsFor(project.ownerUnit());
    }

    /**
     * Moves a project to another stage — the lifecycle's job alone, after it has checked who may and
     * whether the rules allow it. {@code expectedVersion} guards against two officers acting at once.
     */
    @Transactional
    public ProjectView moveTo(UUID id, long expectedVersion, ProjectStatus from, ProjectStatus to,
                              ProjectStatus suspendedFrom, String actor) {
        Project project = load(id);
        if (project.version() != expectedVersion || project.status() != from) {
            throw new OptimisticLockingFailureException("project " + id + " changed meanwhile");
        }
        project.moveTo(to, suspendedFrom, OffsetDateTime.now(clock), actor);
        projects.flush();
        return project.view();
    }

    /** 变更历史 — every kept revision of the project, oldest first. */
    @Transactional(readOnly = true)
    public List<ProjectChange> history(UUID id) {
        load(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Project.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ProjectChange> changes = new ArrayList<>();
        Project previous = null;
        JsonNode previousApplication = null;
        for (Object[] row : rows) {
            Project state = (Project) row[0];
            ProjectRevision revision = (ProjectRevision) row[1];
            JsonNode application = ApplicationJson.tree(state.application());
            changes.add(new ProjectChange(revision.id(),
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(revision.timestamp()), BusinessTime.ZONE),
                    revision.actor(), row[2] == RevisionType.ADD, previous == null ? null : previous.status(),
                    state.status(), changedFields(previousApplication, application)));
            previous = state;
            previousApplication = application;
        }
        return changes;
    }

    /** The application's top-level fields that differ; at creation, those that say anything. */
    private static List<String> changedFields(JsonNode then, JsonNode now) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = now.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (then == null ? !now.get(name).isNull() && !isEmpty(now.get(name))
                    : !Objects.equals(then.get(name), now.get(name))) {
                fields.add(name);
            }
        }
        return fields;
    }

    private static boolean isEmpty(JsonNode node) {
        return (node.isArray() || node.isObject()) && node.isEmpty() || node.isBoolean() && !node.asBoolean();
    }

    private ProjectDetail detail(Project project) {
        Application application = project.application();
        return new ProjectDetail(project.view(), application, findings(project.id(), application, rules.current()),
                compliance.sanctioned(project.view().ownerUnit()));
    }

    private List<Finding> findings(UUID id, Application application, RuleSet inForce) {
        return ApplicationRules.check(application, new CheckContext(inForce, catalogue.codes(),
                exceptions.getObject().centralisationExceptionGranted(id)));
    }

    /**
     * 删除草稿 — the owner unit's officer withdraws a draft never submitted (Art. 4); any other role or unit is
     * refused citing Art. 4, a submitted project cannot be deleted (its record is the lifecycle's, Art. 8).
     * The deletion stays in the project's history and the platform's audit log.
     */
    @Transactional
    public void deleteDraft(UUID id, long expectedVersion) {
        Project project = load(id);
        Actor actor = ownerOfficerOf(project.view().ownerUnit());
        ProjectView view = project.view();
        if (view.status() != ProjectStatus.DRAFT) {
            throw new ApiProblem(HttpStatus.CONFLICT, "project.deleteOnlyDrafts", "R8", "status",
                    view.status().label(Locale.SIMPLIFIED_CHINESE));
        }
        // Art. 8: a withdrawn application was once submitted; its steps stay on record.
        if (history(id).stream().anyMatch(c -> c.status() != ProjectStatus.DRAFT)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "project.deleteWithdrawn", "R8", "status");
        }
        if (view.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("project " + id + " is at version " + view.version());
        }
        events.publishEvent(new DraftDeleted(TenantContext.require().code(), id, view.title(), view.ownerUnit(),
                actor.name()));
        projects.delete(project);
        projects.flush();
    }

    /**
     * The request's user, if an owner-officer acting for {@code ownerUnit}, a unit of the registry; else 403
     * citing Art. 4, or 422 on {@code ownerUnit} for a unit the registry does not know (Art. 4, 8).
     */
    private Actor ownerOfficerOf(String ownerUnit) {
        Actor actor = CurrentUser.actor();
        actor.require("R4", Role.OWNER_OFFICER);
        ownerUnits.requireRegistered(ownerUnit);
        if (!actor.actsFor(ownerUnit)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "project.notYourUnit", "R4", "ownerUnit",
                    ownerUnit == null ? "" : ownerUnit.strip());
        }
        return actor;
    }

    private Project load(UUID id) {
        TenantContext.require();
        return projects.findById(id).orElseThrow(() -> ApiProblem.notFound("project.notFound", id));
    }
}

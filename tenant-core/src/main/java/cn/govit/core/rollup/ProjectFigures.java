package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.library.LibraryPlace;
import cn.govit.core.library.LibraryService;
import cn.govit.core.lifecycle.Deadline;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * A project's row of the read model, from the current tenant's own data through the features' public services:
 * the registry, the lifecycle's time limits, the libraries and the sanctions. The same code serves the events and
 * the rebuild, so both give the same figures.
 */
@Component
class ProjectFigures {

    /** Past the feasibility study or budget approval of Art. 14: the investment is approved. */
    static final Set<ProjectStatus> APPROVED = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTATION,
            ProjectStatus.PROCUREMENT, ProjectStatus.CONTRACT_FILED, ProjectStatus.UNDER_CONSTRUCTION,
            ProjectStatus.SECURITY_ASSESSED, ProjectStatus.INITIAL_ACCEPTED, ProjectStatus.RECTIFICATION,
            ProjectStatus.FINAL_ACCEPTED, ProjectStatus.IN_OPERATION, ProjectStatus.OPERATION_MAINTENANCE,
            ProjectStatus.RETIRED);

    /** A time limit this close is a yellow flag. */
    static final int DUE_SOON_DAYS = 14;

    private final ProjectService projects;
    private final LifecycleService lifecycle;
    private final LibraryService libraries;
    private final ComplianceService compliance;
    private final Clock clock;

    ProjectFigures(ProjectService projects, LifecycleService lifecycle, LibraryService libraries,
                   ComplianceService compliance, Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.libraries = libraries;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** The project's row in the current tenant, empty when it no longer exists (a deleted draft). */
    Optional<ProjectRow> of(UUID projectId) {
        return projects.find(projectId).map(p -> of(p, compliance::sanctioned));
    }

    /** The row of a project already read; {@code sanctioned} answers for its owner unit (Art. 33). */
    ProjectRow of(ProjectView project, Predicate<String> sanctioned) {
        String tenant = TenantContext.require().code();
        OffsetDateTime asOf = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = asOf.atZoneSameInstant(BusinessTime.ZONE).toLocalDate();
        List<Deadline> deadlines = lifecycle.deadlines(project.id());
        Map<LifecycleAction, LocalDate> first = lifecycle.firstTaken(project.id());
        Optional<LibraryPlace> place = libraries.placeOf(project.id());
        List<RiskReason> reasons = new ArrayList<>();
        Map<String, Boolean> overdueByArticle = new TreeMap<>();
        for (Deadline d : deadlines) {
            if (d.overdue()) {
                overdueByArticle.put(d.article(), true);
            } else if (!d.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                overdueByArticle.putIfAbsent(d.article(), false);
            }
        }
        overdueByArticle.forEach((article, overdue) ->
                reasons.add(new RiskReason(overdue ? RiskReason.Code.OVERDUE : RiskReason.Code.DUE_SOON, article, 1)));
        if (sanctioned.test(project.ownerUnit())) {
            reasons.add(new RiskReason(RiskReason.Code.SANCTIONED, "R33", 1));
        }
        if (project.status() == ProjectStatus.RECTIFICATION) {
            reasons.add(new RiskReason(RiskReason.Code.RECTIFICATION, "R28", 1));
        }
        if (project.status() == ProjectStatus.SUSPENDED) {
            reasons.add(new RiskReason(RiskReason.Code.SUSPENDED, "R35", 1));
        }
        RiskColour risk = reasons.stream().map(r -> r.code().colour()).reduce(RiskColour.GREEN, RiskColour::worse);
        boolean approved = APPROVED.contains(project.status())
                || project.status() == ProjectStatus.SUSPENDED && APPROVED.contains(project.suspendedFrom());
        BigDecimal total = project.totalInvestment() == null ? BigDecimal.ZERO.setScale(2) : project.totalInvestment();
        return new ProjectRow(tenant, project.id(), project.title(), project.ownerUnit(), project.kind(),
                project.status(), Stage.of(project.status()), place.map(LibraryPlace::library).orElse(null),
                place.map(LibraryPlace::planYear).orElse(null), total,
                approved ? total : BigDecimal.ZERO.setScale(2),
                (int) deadlines.stream().filter(Deadline::overdue).count(),
                deadlines.stream().map(Deadline::dueOn).sorted().toList(),
                deadlines.stream().map(Deadline::dueOn).min(LocalDate::compareTo).orElse(null), risk, reasons,
                first.get(LifecycleAction.SUBMIT), first.get(LifecycleAction.PASS_REVIEW), approvedOn(first),
                first.get(LifecycleAction.PASS_FINAL_ACCEPTANCE), asOf);
    }

    /** Approved by the feasibility study's approval (Art. 14) or the verified budget estimate (Art. 13). */
    private static LocalDate approvedOn(Map<LifecycleAction, LocalDate> first) {
        return Stream.of(first.get(LifecycleAction.APPROVE), first.get(LifecycleAction.VERIFY_BUDGET_ESTIMATE))
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}

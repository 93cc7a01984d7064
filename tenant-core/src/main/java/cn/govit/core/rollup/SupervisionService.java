package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.project.ProjectService;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.web.ApiProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * 市级监管 — what the city's supervisors read of every county, district and development zone (Art. 40): the overview
 * side by side and in total and a district's projects from the read model, one project read from its district. Only a
 * city supervisor working in the city's tenant; nothing here changes anything; every read of a district is written
 * to the platform's audit log.
 */
@Service
public class SupervisionService {

    static final String ARTICLE = "R40";
    /** The trend's months: a year up to the current month. */
    static final int TREND_MONTHS = 12;

    private final RollupStore store;
    private final TenantRegistry registry;
    private final ProjectService projects;
    private final LifecycleService lifecycle;
    private final PlatformAuditLog audit;
    private final Clock clock;

    SupervisionService(RollupStore store, TenantRegistry registry, ProjectService projects, LifecycleService lifecycle,
                       PlatformAuditLog audit, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every tenant under the city side by side, and in total: one query on the read model, whatever their number. */
    public Overview overview(OverviewFilter filter) {
        CitySupervision.require(ARTICLE);
        audit.record(CurrentUser.name(), "SUPERVISION_OVERVIEW", null, String.valueOf(filter));
        return read(filter);
    }

    /** One page of a district's projects from the read model, red first, then by the earliest due date. */
    public Page<ProjectRow> district(String code, DistrictFilter filter, Pageable page) {
        CitySupervision.require(ARTICLE);
        Tenant tenant = supervised(code);
        audit.record(CurrentUser.name(), "SUPERVISION_READ", tenant.code(), "projects " + filter);
        return store.projects(tenant.code(), filter, page);
    }

    /** The district's figures as the overview shows them. */
    public TenantFigures figures(String code) {
        CitySupervision.require(ARTICLE);
        Tenant tenant = supervised(code);
        return store.tenant(tenant.code()).orElseThrow(() -> ApiProblem.notFound("tenant.notFound", code));
    }

    /** The district's owner units with their migration and the four duties of Art. 33, from the read model. */
    public List<UnitRow> units(String code) {
        CitySupervision.require(ARTICLE);
        Tenant tenant = supervised(code);
        audit.record(CurrentUser.name(), "SUPERVISION_READ", tenant.code(), "units");
        return store.units(tenant.code());
    }

    /** One project, read from its district through the district's own services; 404 for an id of another tenant. */
    public SupervisedProject project(String code, UUID projectId) {
        CitySupervision.require(ARTICLE);
        Tenant tenant = supervised(code);
        audit.record(CurrentUser.name(), "SUPERVISION_READ", tenant.code(), "project " + projectId);
        return TenantContext.callAs(tenant, () -> new SupervisedProject(tenant.code(), tenant.nameZh(),
                projects.detail(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId)),
                lifecycle.steps(projectId), lifecycle.deadlines(projectId)));
    }

    /** The overview as the workbook a bureau files (title, 单位：万元, total). */
    public byte[] overviewWorkbook(OverviewFilter filter) {
        CitySupervision.require(ARTICLE);
        audit.record(CurrentUser.name(), "SUPERVISION_EXPORT", null, "overview " + filter);
        return SupervisionWorkbooks.overview(read(filter), now());
    }

    /** A district's project list as a workbook, read from the read model a page at a time. */
    public byte[] districtWorkbook(String code, DistrictFilter filter) {
        CitySupervision.require(ARTICLE);
        Tenant tenant = supervised(code);
        audit.record(CurrentUser.name(), "SUPERVISION_EXPORT", tenant.code(), "projects " + filter);
        TenantFigures figures = store.tenant(tenant.code()).orElseThrow();
        Consumer<Consumer<ProjectRow>> rows = sink -> {
            Page<ProjectRow> page = store.projects(tenant.code(), filter, PageRequest.of(0, RollupService.PAGE));
            page.forEach(sink);
            while (page.hasNext()) {
                page = store.projects(tenant.code(), filter, page.nextPageable());
                page.forEach(sink);
            }
        };
        return SupervisionWorkbooks.district(tenant.nameZh(), now(), rows, figures);
    }

    private Overview read(OverviewFilter filter) {
        List<TenantFigures> tenants = store.tenants(filter.level()).stream()
                .filter(t -> filter.risk() == null || t.risk() == filter.risk()).toList();
        YearMonth current = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        return new Overview(tenants, total(tenants), filter.planYear(),
                store.trend(tenants.stream().map(TenantFigures::code).toList(),
                        current.minusMonths(TREND_MONTHS - 1), current));
    }

    /** The sum of the tenants' figures; its reasons counted over all, its times the oldest of theirs. */
    static TenantFigures total(List<TenantFigures> tenants) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        Map<String, TenantFigures.LibraryFigure> libraries = new TreeMap<>();
        Map<String, RiskReason> reasons = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal approved = BigDecimal.ZERO.setScale(2);
        int projects = 0;
        int overdue = 0;
        int overdueProjects = 0;
        int sanctions = 0;
        int differences = 0;
        RiskColour risk = RiskColour.GREEN;
        MigrationFigures migration = MigrationFigures.NONE;
        for (TenantFigures t : tenants) {
            migration = migration.plus(t.migration());
            t.byStage().forEach((s, n) -> byStage.merge(s, n, Integer::sum));
            for (TenantFigures.LibraryFigure f : t.libraries()) {
                libraries.merge(f.library() + "/" + f.year(), f, (a, b) -> new TenantFigures.LibraryFigure(a.library(),
                        a.year(), a.projects() + b.projects(), a.investment().add(b.investment())));
            }
            for (RiskReason r : t.riskReasons()) {
                reasons.merge(r.code() + "/" + r.article(), r,
                        (a, b) -> new RiskReason(a.code(), a.article(), a.count() + b.count()));
            }
            total = total.add(t.totalInvestment());
            approved = approved.add(t.approvedInvestment());
            projects += t.projects();
            overdue += t.overdueSteps();
            overdueProjects += t.overdueProjects();
            sanctions += t.sanctionsInForce();
            differences += t.ruleDifferences();
            risk = risk.worse(t.risk());
        }
        return new TenantFigures(null, "合计", "Total", null, false, projects, byStage,
                new ArrayList<>(libraries.values()), total, approved, overdue, overdueProjects, sanctions, differences,
                risk, new ArrayList<>(reasons.values()), oldest(tenants, TenantFigures::projectsAsOf),
                oldest(tenants, TenantFigures::sanctionsAsOf), oldest(tenants, TenantFigures::rulesAsOf), migration);
    }

    private static OffsetDateTime oldest(List<TenantFigures> tenants,
                                         Function<TenantFigures, OffsetDateTime> at) {
        return tenants.stream().map(at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** A tenant the city supervises: any serving tenant; an unknown or offboarded code is 404. */
    private Tenant supervised(String code) {
        return registry.find(code).filter(t -> t.status().serves())
                .orElseThrow(() -> ApiProblem.notFound("tenant.notFound", code));
    }

    private OffsetDateTime now() {
        return BusinessTime.inBeijing(OffsetDateTime.now(clock));
    }
}

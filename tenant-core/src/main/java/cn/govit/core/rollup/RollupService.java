package cn.govit.core.rollup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.compliance.SanctionView;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.MigrationProgress;
import cn.govit.core.inventory.UnitCompliance;
import cn.govit.core.project.ProjectFilter;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.rules.RuleSetVersion;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 市级汇总读模型 — keeps the platform's read model of every tenant's projects (Art. 40) and rebuilds it from the
 * tenant schemas: each project's row from its tenant's own data ({@link ProjectFigures}), each tenant's figures
 * aggregated from its rows, its sanctions in force (Art. 33), its rules set differently from the city (Art. 41), and
 * its owner units' migration and compliance computed by its inventory (Art. 33, 40).
 */
@Service
public class RollupService {

    /** Projects read per page while a tenant is rebuilt: memory stays bounded whatever its size. */
    static final int PAGE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(RollupService.class);

    private final ProjectFigures figures;
    private final RollupStore store;
    private final ProjectService projects;
    private final ComplianceService compliance;
    private final RuleSetService rules;
    private final InventoryService inventory;
    private final TenantRegistry registry;
    private final PlatformAuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RollupService(ProjectFigures figures, RollupStore store, ProjectService projects, ComplianceService compliance,
                  RuleSetService rules, InventoryService inventory, TenantRegistry registry, PlatformAuditLog audit,
                  Clock clock, PlatformTransactionManager transactions) {
        this.figures = figures;
        this.store = store;
        this.projects = projects;
        this.compliance = compliance;
        this.rules = rules;
        this.inventory = inventory;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What a rebuild did: the tenants and projects recomputed, and the tenants it could not read. */
    public record Rebuild(int tenants, int projects, List<String> failed, OffsetDateTime at) {
    }

    /**
     * 重建 — recomputes the whole read model from the tenant schemas, one tenant at a time, a page of projects at a
     * time; the platform administrator's command (and the repair after a lost event). It gives the figures the
     * events keep.
     */
    public Rebuild rebuild() {
        CurrentUser.actor().require("R40", Role.PLATFORM_ADMIN);
        int tenants = 0;
        int rows = 0;
        List<String> failed = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            try {
                rows += TenantContext.callAs(tenant, this::rebuildCurrentTenant);
                tenants++;
            } catch (RuntimeException e) {
                LOG.warn("Roll-up of tenant {} not rebuilt", tenant.code(), e);
                failed.add(tenant.code());
            }
        }
        Rebuild done = new Rebuild(tenants, rows, failed, now());
        audit.record(CurrentUser.name(), "ROLLUP_REBUILT", null, tenants + " tenants, " + rows + " projects"
                + (failed.isEmpty() ? "" : ", not rebuilt: " + failed));
        return done;
    }

    /** The current tenant's rows and figures recomputed from its schema; how many projects it has. */
    int rebuildCurrentTenant() {
        String tenant = TenantContext.require().code();
        Map<String, Boolean> sanctioned = new HashMap<>();
        List<UUID> kept = new ArrayList<>();
        Page<ProjectView> page = projects.page(ProjectFilter.ALL, PageRequest.of(0, PAGE));
        while (true) {
            for (ProjectView project : page) {
                store.save(figures.of(project, unit -> sanctioned.computeIfAbsent(unit, compliance::sanctioned)));
                kept.add(project.id());
            }
            if (!page.hasNext()) {
                break;
            }
            page = projects.page(ProjectFilter.ALL, page.nextPageable());
        }
        store.deleteOthers(tenant, kept);
        OffsetDateTime at = now();
        store.aggregate(tenant, at);
        store.sanctions(tenant, sanctionsInForce(), at);
        store.ruleDifferences(tenant, rules.differencesFromBaseline(tenant).size(), at);
        saveUnits(tenant, at);
        return kept.size();
    }

    /** Art. 9: the tenant's rows and figures anew after its yearly adjustment moved many projects at once. */
    void rebuildTenant(String tenant) {
        inTenant(tenant, this::rebuildCurrentTenant);
    }

    /** Art. 33, 40: the tenant's owner units and migration figures anew after a change of its inventory. */
    void refreshInventory(String tenant) {
        inTenant(tenant, () -> saveUnits(tenant, now()));
    }

    /**
     * The current tenant's unit rows from its inventory: each unit's Art. 33 standing and its systems' migration,
     * computed by the inventory as of today, with whether a sanction is in force against it.
     */
    private void saveUnits(String tenant, OffsetDateTime at) {
        MigrationProgress progress = inventory.migrationProgress();
        Map<String, MigrationProgress.Unit> migration = new HashMap<>();
        progress.units().forEach(u -> migration.put(u.ownerUnit(), u));
        List<UnitRow> rows = new ArrayList<>();
        for (UnitCompliance unit : inventory.compliance()) {
            MigrationProgress.Unit m = migration.getOrDefault(unit.ownerUnit(),
                    new MigrationProgress.Unit(unit.ownerUnit(), 0, 0, 0, 0, 0, 0, 0, List.of()));
            rows.add(new UnitRow(tenant, unit.ownerUnit(), unit.systems(), m.migrated(), m.inProgress(), m.reported(),
                    m.verified(), m.overdue(), m.unplanned(), m.planDates(), unit.failing(), unit.exempt(), unit.complies(),
                    compliance.sanctioned(unit.ownerUnit()), at));
        }
        store.units(tenant, rows, progress.districtClouds(), progress.consolidatedClouds(), at);
    }

    /** The project's row anew (removed when the project is gone) and its tenant's figures. */
    void refresh(String tenant, UUID projectId) {
        refresh(tenant, List.of(projectId));
    }

    /** The projects' rows anew, in one transaction of their tenant, and its figures once. */
    void refresh(String tenant, Collection<UUID> projectIds) {
        inTenant(tenant, () -> {
            for (UUID projectId : projectIds) {
                figures.of(projectId).ifPresentOrElse(store::save, () -> store.delete(tenant, projectId));
            }
            store.aggregate(tenant, now());
        });
    }

    /** Art. 33: the rows of the unit's projects and the tenant's sanctions in force. */
    void refreshUnit(String tenant, String ownerUnit) {
        inTenant(tenant, () -> {
            boolean sanctioned = compliance.sanctioned(ownerUnit);
            for (ProjectView project : projects.list(new ProjectFilter(null, null, null, null, Set.of(ownerUnit)))) {
                store.save(figures.of(project, unit -> sanctioned));
            }
            OffsetDateTime at = now();
            store.aggregate(tenant, at);
            store.sanctions(tenant, sanctionsInForce(), at);
            saveUnits(tenant, at);
        });
    }

    /** Art. 41: a district's differences from the city; the city's baseline changes those of every tenant. */
    void ruleSetPublished(String tenant) {
        OffsetDateTime at = now();
        List<String> affected = RuleSetVersion.CITY.equals(tenant)
                ? registry.all().stream().map(Tenant::code).filter(c -> !RuleSetVersion.CITY.equals(c)).toList()
                : List.of(tenant);
        for (String code : affected) {
            store.ruleDifferences(code, rules.differencesFromBaseline(code).size(), at);
        }
    }

    private int sanctionsInForce() {
        return (int) compliance.list().stream().filter(SanctionView::inForce).count();
    }

    /**
     * Runs in the tenant of the event (the thread's, for a change made in a request; looked up when the outbox runs it
     * again), in a transaction of that tenant. A failure is thrown to the listener, which leaves the event's
     * publication incomplete for {@link RollupOutbox}; it never reaches the change, which committed already.
     */
    private void inTenant(String code, Runnable work) {
        TenantContext.current().filter(t -> t.code().equals(code)).or(() -> registry.find(code))
                .ifPresent(tenant -> TenantContext.callAs(tenant, () -> transactions.execute(status -> {
                    work.run();
                    return null;
                })));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

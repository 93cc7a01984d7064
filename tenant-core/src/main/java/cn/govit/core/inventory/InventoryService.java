package cn.govit.core.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.govit.core.security.Actor;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.shared.Texts;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 信息系统台账与迁移 — the current tenant's inventory of existing government information systems and their migration
 * (Art. 15, 38, 40), and each owner unit's compliance computed from it (Art. 33).
 * <p>Who does what: the district's bureau (大数据局) keeps the whole inventory, its district clouds and the
 * exemptions (Art. 33, 40: it guides the migration); an owner unit's officer enters and migrates its own units'
 * systems (Art. 15: the owner unit builds on and migrates to the city's cloud); the finance bureau reads it, since it
 * arranges no O&amp;M funds for a unit that fails Art. 33; the city's supervisor verifies a reported migration from the
 * city tenant (Art. 40) — the only write the city makes in a district. Nobody else reads it.
 */
@Service
public class InventoryService {

    static final Role[] WRITERS = {Role.BUREAU_OFFICER, Role.OWNER_OFFICER};
    static final Role[] READERS = {Role.BUREAU_OFFICER, Role.OWNER_OFFICER, Role.FINANCE_OFFICER};

    private final InfoSystemRepository systems;
    private final DistrictCloudRepository clouds;
    private final OwnerUnitService units;
    private final TenantRegistry registry;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InventoryService(InfoSystemRepository systems, DistrictCloudRepository clouds, TenantRegistry registry,
                     OwnerUnitService units, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                     Clock clock) {
        this.systems = systems;
        this.units = units;
        this.clouds = clouds;
        this.registry = registry;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the actor reads the inventory (the views show their menu entry only to them). */
    public static boolean readableBy(Actor actor) {
        return actor.hasAny(Set.of(READERS));
    }

    /** Whether the actor enters systems: the bureau, or an owner unit's officer for its own units (Art. 15). */
    public static boolean writableBy(Actor actor) {
        return actor.hasAny(Set.of(WRITERS));
    }

    /** Whether the actor keeps the whole inventory, its district clouds and exemptions: the bureau (Art. 33, 40). */
    public static boolean keptBy(Actor actor) {
        return actor.has(Role.BUREAU_OFFICER);
    }

    /** The systems the caller may see (an owner officer: its own units'), by owner unit and name. */
    @Transactional(readOnly = true)
    public List<SystemView> systems(SystemFilter filter) {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R15", READERS);
        LocalDate today = today();
        return systems.findAllByOrderByOwnerUnitAscNameAsc().stream()
                .filter(s -> visible(actor, s)).map(s -> s.view(today)).filter(filter::accepts).toList();
    }

    /** One system; another unit's system is not found for an owner officer, as another tenant's is for anyone. */
    @Transactional(readOnly = true)
    public SystemView system(UUID id) {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R15", READERS);
        return find(id, actor).view(today());
    }

    @Transactional
    public SystemView register(SystemForm form) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R15", WRITERS);
        firstProblem(check(form, null, actor, tenant));
        return store(tenant, actor, new InfoSystem(actor.name(), now()), form, InventoryChanged.Kind.REGISTERED)
                .view(today());
    }

    /** Changes a system as read at {@code form.version()} (409 when someone changed it since). */
    @Transactional
    public SystemView update(UUID id, SystemForm form) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R15", WRITERS);
        InfoSystem system = find(id, actor);
        requireVersion(system, form.version());
        firstProblem(check(form, system.view(today()), actor, tenant));
        return store(tenant, actor, system, form, InventoryChanged.Kind.UPDATED).view(today());
    }

    /** 报告完成 — the district reports its migration done; the city verifies it next (Art. 40). */
    @Transactional
    public SystemView reportCompletion(UUID id, long version) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R40", WRITERS);
        InfoSystem system = find(id, actor);
        requireVersion(system, version);
        MigrationPlan plan = system.plan();
        if (plan == null || plan.status().locked()) {
            throw new ApiProblem(HttpStatus.CONFLICT, plan == null ? "inventory.noPlan" : "inventory.planLocked", "R40",
                    "plan.status", plan == null ? "" : plan.status().label(Locale.SIMPLIFIED_CHINESE));
        }
        system.reportCompletion(actor.name(), now());
        systems.saveAndFlush(system);
        changed(tenant, system, InventoryChanged.Kind.COMPLETION_REPORTED, actor);
        return system.view(today());
    }

    /** The systems of a district whose migration is reported done and waits for the city (Art. 40). */
    public List<SystemView> awaitingVerification(String districtCode) {
        CitySupervision.require("R40");
        Tenant district = district(districtCode);
        return TenantContext.callAs(district, () -> transactions.execute(tx -> systems.findAllByOrderByOwnerUnitAscNameAsc()
                .stream().map(s -> s.view(today()))
                .filter(s -> s.plan() != null && s.plan().status() == MigrationStatus.COMPLETION_REPORTED).toList()));
    }

    /**
     * 市级核验 — the city's supervisor, working in the city tenant, verifies a district's reported migration
     * (Art. 40), the district resolved from the registry; the system then runs where its plan took it.
     */
    public SystemView verify(String districtCode, UUID id, String note) {
        CitySupervision.require("R40");
        Tenant district = district(districtCode);
        Actor actor = CurrentUser.actor();
        return TenantContext.callAs(district, () -> transactions.execute(tx -> {
            InfoSystem system = systems.findById(id).orElseThrow(() -> ApiProblem.notFound("inventory.notFound", id));
            MigrationPlan plan = system.plan();
            if (plan == null || plan.status() != MigrationStatus.COMPLETION_REPORTED) {
                throw new ApiProblem(HttpStatus.CONFLICT, "inventory.notReported", "R40", "plan.status");
            }
            system.verify(actor.name(), now(), note == null || note.isBlank() ? null : note.strip());
            systems.saveAndFlush(system);
            changed(district, system, InventoryChanged.Kind.VERIFIED, actor);
            return system.view(today());
        }));
    }

    /** The workbook to fill in: the published headers, the choices as lists, no rows. */
    public byte[] template() {
        TenantContext.require();
        CurrentUser.actor().require("R15", READERS);
        return InventoryWorkbook.write(List.of());
    }

    /** The systems the caller sees, as the template filled in: importing it again changes nothing. */
    @Transactional(readOnly = true)
    public byte[] export(SystemFilter filter) {
        return InventoryWorkbook.write(systems(filter));
    }

    /**
     * Imports a filled-in template: a row of a system already on record (same name and owner unit) changes it, any
     * other row registers one. Every row is checked as if entered by hand; when any cell is wrong nothing is imported
     * and the answer (422) lists each by row and column header.
     */
    @Transactional
    public ImportResult importWorkbook(byte[] workbook, Locale locale) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R15", WRITERS);
        InventoryWorkbook.Parsed parsed = InventoryWorkbook.read(workbook, locale);
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        Set<String> seen = new HashSet<>();
        Map<InventoryWorkbook.Entry, InfoSystem> existing = new LinkedHashMap<>();
        for (InventoryWorkbook.Entry entry : parsed.entries()) {
            SystemForm form = entry.form();
            InfoSystem stored = form.name() == null || form.ownerUnit() == null ? null
                    : systems.findByOwnerUnitAndName(form.ownerUnit(), form.name()).orElse(null);
            if (!seen.add(InventoryWorkbook.key(form.name(), form.ownerUnit()))) {
                errors.add(InventoryWorkbook.error(InventoryWorkbook.SYSTEMS, entry.row(),
                        InventoryWorkbook.SYSTEM_HEADERS[0], Texts.get(locale, "inventory.import.duplicateRow"), locale));
            }
            for (Violation v : check(form, stored == null ? null : stored.view(today()), actor, tenant)) {
                ImportError error = InventoryWorkbook.error(entry, v, locale);
                if (errors.stream().noneMatch(e -> e.sheet().equals(error.sheet()) && e.row() == error.row()
                        && e.column().equals(error.column()))) {
                    errors.add(error);
                }
            }
            existing.put(entry, stored);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "inventory.importRefused", "R15", "file",
                    errors.size()).with("errors", errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<InventoryWorkbook.Entry, InfoSystem> e : existing.entrySet()) {
            InfoSystem system = e.getValue();
            SystemForm form = e.getKey().form();
            if (system == null) {
                store(tenant, actor, new InfoSystem(actor.name(), now()), form, InventoryChanged.Kind.REGISTERED);
                created++;
            } else if (system.view(today()).form().equals(withVersion(form, system.version()))) {
                unchanged++;
            } else {
                store(tenant, actor, system, form, InventoryChanged.Kind.UPDATED);
                updated++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private static SystemForm withVersion(SystemForm f, long version) {
        MigrationPlan plan = f.plan() == null || f.plan().status() != null ? f.plan()
                : new MigrationPlan(f.plan().method(), f.plan().target(), f.plan().plannedOn(), MigrationStatus.PLANNED);
        return new SystemForm(version, f.name(), f.ownerUnit(), f.location(),
                f.location() == SystemLocation.DISTRICT_CLOUD ? f.districtCloud() : null, f.network(),
                f.commissionedOn(), f.sharingInterface(), f.lastCollectedOn(), f.exemption(),
                f.exemption() == null ? null : f.exemptionReason(), f.exemption() == null ? null : f.exemptionApprover(),
                f.resources(), plan);
    }

    /**
     * 信息资源目录 — the district's information resources for its open-data interface (Art. 33, 39), by owner unit,
     * system and resource; every user of the district reads it, classified systems are left out (Art. 42).
     */
    @Transactional(readOnly = true)
    public List<ResourceCatalogueEntry> resourceCatalogue() {
        TenantContext.require();
        LocalDate today = today();
        return systems.findAllByOrderByOwnerUnitAscNameAsc().stream().map(s -> s.view(today))
                .filter(s -> s.exemption() != Exemption.CLASSIFIED)
                .flatMap(s -> s.resources().stream().map(r -> new ResourceCatalogueEntry(s.name(), s.ownerUnit(),
                        r.name(), r.frequency(), r.shared(), s.sharingInterface())))
                .toList();
    }

    /**
     * 合规情况 — every owner unit's Art. 33 standing computed from the inventory as of today, for the modules that
     * act on it (compliance, the city roll-up); the caller checks who may see it.
     */
    @Transactional(readOnly = true)
    public List<UnitCompliance> compliance() {
        TenantContext.require();
        LocalDate today = today();
        return compliance(systems.findAllByOrderByOwnerUnitAscNameAsc().stream().map(s -> s.view(today)).toList());
    }

    /**
     * 迁移进度 — every owner unit's migration figures and the district clouds' consolidation as of today, for the city
     * roll-up (Art. 40); the caller checks who may see it.
     */
    @Transactional(readOnly = true)
    public MigrationProgress migrationProgress() {
        TenantContext.require();
        LocalDate today = today();
        List<MigrationProgress.Unit> units = new ArrayList<>();
        systems.findAllByOrderByOwnerUnitAscNameAsc().stream().map(s -> s.view(today))
                .collect(Collectors.groupingBy(SystemView::ownerUnit, LinkedHashMap::new, Collectors.toList()))
                .forEach((unit, list) -> units.add(MigrationProgress.of(unit, list)));
        List<DistrictCloud> all = clouds.findAllByOrderByNameAsc();
        return new MigrationProgress(units, all.size(), (int) all.stream().filter(DistrictCloud::consolidated).count());
    }

    /** The compliance of the units the caller may see (an owner officer: its own), for the API and the views. */
    @Transactional(readOnly = true)
    public List<UnitCompliance> unitCompliance() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R33", READERS);
        return compliance().stream().filter(u -> seesAll(actor) || actor.actsFor(u.ownerUnit())).toList();
    }

    static List<UnitCompliance> compliance(List<SystemView> all) {
        Map<String, List<SystemView>> byUnit = all.stream()
                .collect(Collectors.groupingBy(SystemView::ownerUnit, LinkedHashMap::new, Collectors.toList()));
        List<UnitCompliance> units = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            Map<Criterion, List<String>> failing = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                failing.put(c, list.stream().filter(s -> s.failing().contains(c)).map(SystemView::name).toList());
            }
            List<UnitCompliance.Exemptee> exempted = list.stream().filter(SystemView::exempt)
                    .map(s -> new UnitCompliance.Exemptee(s.name(), s.exemption(), s.exemptionReason(),
                            s.exemptionApprover())).toList();
            units.add(UnitCompliance.of(unit, failing, exempted, list.size()));
        });
        return units;
    }

    /** The district clouds with their consolidation (Art. 38); readers of the inventory see them. */
    @Transactional(readOnly = true)
    public List<DistrictCloudView> districtClouds() {
        TenantContext.require();
        CurrentUser.actor().require("R38", READERS);
        return clouds.findAllByOrderByNameAsc().stream().map(this::cloudView).toList();
    }

    /** The bureau records an existing district cloud; one built since the measures is refused (Art. 38). */
    @Transactional
    public DistrictCloudView recordDistrictCloud(DistrictCloudForm form) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R38", Role.BUREAU_OFFICER);
        if (R38NoNewBuilds.refusedCloud(form.builtOn())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "inventory.R38.noNewCloud", "R38", "builtOn",
                    R38NoNewBuilds.IN_FORCE_FROM.toString());
        }
        if (clouds.findByName(form.name().strip()).isPresent()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "inventory.duplicateCloud", "R38", "name", form.name().strip());
        }
        DistrictCloud cloud = new DistrictCloud(form.name().strip(), form.builtOn());
        cloud.record(form.consolidation(), form.consolidationPlannedOn(), actor.name(), now());
        cloud = clouds.saveAndFlush(cloud);
        events.publishEvent(new InventoryChanged(tenant.code(), null, null, InventoryChanged.Kind.DISTRICT_CLOUD,
                actor.name()));
        return cloudView(cloud);
    }

    /** The bureau records a district cloud's consolidation into the city's unified gov cloud (Art. 38). */
    @Transactional
    public DistrictCloudView consolidate(UUID id, DistrictCloudForm form) {
        Tenant tenant = TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R38", Role.BUREAU_OFFICER);
        DistrictCloud cloud = clouds.findById(id).orElseThrow(() -> ApiProblem.notFound("inventory.cloudNotFound", id));
        if (form.version() == null || form.version() != cloud.version()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "problem.conflict", null, "version");
        }
        cloud.record(form.consolidation(), form.consolidationPlannedOn(), actor.name(), now());
        clouds.saveAndFlush(cloud);
        events.publishEvent(new InventoryChanged(tenant.code(), null, null, InventoryChanged.Kind.DISTRICT_CLOUD,
                actor.name()));
        return cloudView(cloud);
    }

    private List<Violation> check(SystemForm form, SystemView existing, Actor actor, Tenant tenant) {
        Set<String> cloudNames = clouds.findAll().stream().map(DistrictCloud::name).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>(
                SystemChecks.check(form, existing, actor, tenant.level() != TenantLevel.CITY, cloudNames, today()));
        // Art. 15: the owner unit answers for its system's migration — one of the district's registered units.
        if (form.ownerUnit() != null && !form.ownerUnit().isBlank() && units.find(form.ownerUnit().strip()).isEmpty()) {
            violations.add(new Violation(HttpStatus.UNPROCESSABLE_ENTITY, "R15", "ownerUnit", "inventory.unitUnknown",
                    form.ownerUnit().strip()));
        }
        return violations;
    }

    /** A system of the current tenant the actor may see, else 404 (another unit's looks like another tenant's). */
    private InfoSystem find(UUID id, Actor actor) {
        return systems.findById(id).filter(s -> visible(actor, s))
                .orElseThrow(() -> ApiProblem.notFound("inventory.notFound", id));
    }

    /** Takes the checked form over, saves it and tells the roll-up. */
    private InfoSystem store(Tenant tenant, Actor actor, InfoSystem system, SystemForm form, InventoryChanged.Kind kind) {
        system.apply(form, actor.name(), now());
        InfoSystem saved = save(system);
        changed(tenant, saved, kind, actor);
        return saved;
    }

    /** Saves and flushes (the version the answer carries is the stored one); a unit's second system of a name is 409. */
    private InfoSystem save(InfoSystem system) {
        try {
            return systems.saveAndFlush(system);
        } catch (DataIntegrityViolationException duplicate) {
            throw new ApiProblem(HttpStatus.CONFLICT, "inventory.duplicate", "R15", "name");
        }
    }

    private void changed(Tenant tenant, InfoSystem system, InventoryChanged.Kind kind, Actor actor) {
        events.publishEvent(new InventoryChanged(tenant.code(), system.id(), system.ownerUnit(), kind, actor.name()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private DistrictCloudView cloudView(DistrictCloud cloud) {
        return cloud.view(systems.countByDistrictCloudAndLocation(cloud.name(), SystemLocation.DISTRICT_CLOUD));
    }

    private static void requireVersion(InfoSystem system, Long version) {
        if (version == null || version != system.version()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "problem.conflict", null, "version");
        }
    }

    private static void firstProblem(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw violations.getFirst().problem();
        }
    }

    private static boolean seesAll(Actor actor) {
        return actor.has(Role.BUREAU_OFFICER) || actor.has(Role.FINANCE_OFFICER);
    }

    private static boolean visible(Actor actor, InfoSystem system) {
        return seesAll(actor) || actor.actsFor(system.ownerUnit());
    }

    /** A county, district or development zone of the registry, active; the city itself or an unknown code is 404. */
    private Tenant district(String code) {
        return registry.find(code).filter(t -> t.level() != TenantLevel.CITY && t.active())
                .orElseThrow(() -> ApiProblem.notFound("tenant.notFound", code));
    }
}

package cn.govit.core.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govit.core.shared.BusinessTime;

/**
 * 政务信息系统 — one existing government information system of the tenant's inventory (信息系统台账): where it
 * runs, its resource catalogue, sharing and collection (Art. 33), an exemption (涉密 / 有特殊情况及要求), and its
 * migration plan (Art. 15, 38) up to the city's verification (Art. 40).
 */
@Entity
@Table(name = "info_system")
class InfoSystem {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "owner_unit", nullable = false)
    private String ownerUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SystemLocation location;

    @Column(name = "district_cloud")
    private String districtCloud;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Network network;

    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;

    @Column(name = "sharing_interface", nullable = false)
    private boolean sharingInterface;

    @Column(name = "last_collected_on")
    private LocalDate lastCollectedOn;

    @Enumerated(EnumType.STRING)
    private Exemption exemption;

    @Column(name = "exemption_reason")
    private String exemptionReason;

    @Column(name = "exemption_approver")
    private String exemptionApprover;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "info_system_resource", joinColumns = @JoinColumn(name = "system_id"))
    @OrderColumn(name = "position")
    private List<ResourceEntry> resources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_method")
    private MigrationMethod migrationMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_target")
    private MigrationTarget migrationTarget;

    @Column(name = "migration_planned_on")
    private LocalDate migrationPlannedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_status")
    private MigrationStatus migrationStatus;

    @Column(name = "completion_reported_by")
    private String completionReportedBy;

    @Column(name = "completion_reported_at")
    private OffsetDateTime completionReportedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verification_note")
    private String verificationNote;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected InfoSystem() {
    }

    InfoSystem(String actor, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.recordedBy = actor;
        this.recordedAt = at;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String ownerUnit() {
        return ownerUnit;
    }

    MigrationPlan plan() {
        return migrationStatus == null ? null
                : new MigrationPlan(migrationMethod, migrationTarget, migrationPlannedOn, migrationStatus);
    }

    /** Takes the (checked) form over; a plan without a status starts as planned. */
    void apply(SystemForm f, String actor, OffsetDateTime at) {
        name = f.name().strip();
        ownerUnit = f.ownerUnit().strip();
        location = f.location();
        districtCloud = f.location() == SystemLocation.DISTRICT_CLOUD ? f.districtCloud().strip() : null;
        network = f.network();
        commissionedOn = f.commissionedOn();
        sharingInterface = f.sharingInterface();
        lastCollectedOn = f.lastCollectedOn();
        exemption = f.exemption();
        exemptionReason = f.exemption() == null ? null : f.exemptionReason().strip();
        exemptionApprover = f.exemption() == null ? null : f.exemptionApprover().strip();
        resources.clear();
        f.resources().forEach(r -> resources.add(new ResourceEntry(r.name().strip(), r.frequency(), r.shared())));
        MigrationPlan p = f.plan();
        migrationMethod = p == null ? null : p.method();
        migrationTarget = p == null ? null : p.target();
        migrationPlannedOn = p == null ? null : p.plannedOn();
        migrationStatus = p == null ? null : p.status() == null ? MigrationStatus.PLANNED : p.status();
        touch(actor, at);
    }

    /** 报告完成 — the district reports the migration done (Art. 40: the city then verifies it). */
    void reportCompletion(String actor, OffsetDateTime at) {
        migrationStatus = MigrationStatus.COMPLETION_REPORTED;
        completionReportedBy = actor;
        completionReportedAt = at;
        touch(actor, at);
    }

    /** 市级核验 — the city verifies the migration: the system now runs, or is reached, where the plan took it. */
    void verify(String actor, OffsetDateTime at, String note) {
        migrationStatus = MigrationStatus.VERIFIED;
        verifiedBy = actor;
        verifiedAt = at;
        verificationNote = note;
        switch (migrationTarget) {
            case CITY_DATA_CENTRE -> moveTo(SystemLocation.CITY_DATA_CENTRE);
            case CITY_CLOUD -> moveTo(SystemLocation.CITY_CLOUD);
            case GOV_EXTRANET -> network = Network.GOV_EXTRANET;
        }
        touch(actor, at);
    }

    private void moveTo(SystemLocation target) {
        location = target;
        districtCloud = null;
    }

    private void touch(String actor, OffsetDateTime at) {
        updatedBy = actor;
        updatedAt = at;
    }

    SystemView view(LocalDate today) {
        MigrationPlan plan = plan();
        boolean exempt = exemption != null;
        boolean overdue = !exempt && R15MigrationPlan.overdue(plan, today);
        boolean unplanned = !exempt && R15MigrationPlan.unplanned(location, plan);
        Set<Criterion> failing = exempt ? Set.of()
                : R33Criteria.failing(overdue || unplanned, resources, sharingInterface, lastCollectedOn, today);
        return new SystemView(id, version, name, ownerUnit, location, districtCloud, network, commissionedOn,
                sharingInterface, lastCollectedOn, exemption, exemptionReason, exemptionApprover, List.copyOf(resources),
                plan, completionReportedBy, BusinessTime.inBeijing(completionReportedAt), verifiedBy,
                BusinessTime.inBeijing(verifiedAt), verificationNote, overdue, unplanned, failing, updatedBy,
                BusinessTime.inBeijing(updatedAt));
    }
}

package cn.govit.core.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govit.core.shared.BusinessTime;

/** 区县政务云 — an existing district cloud, consolidated step by step into the city's unified gov cloud (Art. 38). */
@Entity
@Table(name = "district_cloud")
class DistrictCloud {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "built_on", nullable = false)
    private LocalDate builtOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CloudConsolidation consolidation;

    @Column(name = "consolidation_planned_on")
    private LocalDate consolidationPlannedOn;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected DistrictCloud() {
    }

    DistrictCloud(String name, LocalDate builtOn) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.builtOn = builtOn;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    /** Folded into the city's unified gov cloud (Art. 38). */
    boolean consolidated() {
        return consolidation == CloudConsolidation.CONSOLIDATED;
    }

    void record(CloudConsolidation consolidation, LocalDate plannedOn, String actor, OffsetDateTime at) {
        this.consolidation = consolidation;
        this.consolidationPlannedOn = plannedOn;
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    DistrictCloudView view(long systemsOnIt) {
        return new DistrictCloudView(id, version, name, builtOn, consolidation, consolidationPlannedOn, systemsOnIt,
                updatedBy, BusinessTime.inBeijing(updatedAt));
    }
}

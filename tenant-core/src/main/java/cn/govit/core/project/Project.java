package cn.govit.core.project;

import java.math.BigDecimal;
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

/** 政务信息化项目 — a government IT project of one tenant, stored in that tenant's schema. */
@Entity
@Table(name = "project")
class Project {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectKind kind;

    @Column(name = "owner_unit", nullable = false)
    private String ownerUnit;

    /** 总投资（元）. */
    @Column(name = "total_investment", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalInvestment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected Project() {
    }

    Project(String title, ProjectKind kind, String ownerUnit, BigDecimal totalInvestment,
            OffsetDateTime createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.kind = kind;
        this.ownerUnit = ownerUnit;
        this.totalInvestment = totalInvestment;
        this.status = ProjectStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    ProjectView view() {
        return new ProjectView(id, title, kind, ownerUnit, totalInvestment, status,
                BusinessTime.inBeijing(createdAt), createdBy);
    }
}

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

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.shared.BusinessTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * 政务信息化项目 — a government IT project of one tenant, stored in that tenant's schema. The
 * application is kept whole as JSON; the columns the registry filters on are copied out of it.
 * Every change is kept by Envers ({@code project_aud}).
 */
@Entity
@Table(name = "project")
@Audited
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

    @Column(name = "planned_year")
    private Integer plannedYear;

    @Column(nullable = false)
    private boolean classified;

    @Column(name = "application", nullable = false, columnDefinition = "text")
    private String applicationJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    /** The stage a suspended project returns to when it resumes (Art. 35). */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    private ProjectStatus suspendedFrom;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Project() {
    }

    Project(Application application, OffsetDateTime createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = application.classified() ? ProjectStatus.CLASSIFIED : ProjectStatus.DRAFT;
        apply(application, createdAt, createdBy);
    }

    void apply(Application application, OffsetDateTime at, String actor) {
        this.title = application.title();
        this.kind = application.kind();
        this.ownerUnit = application.ownerUnit();
        this.totalInvestment = application.totalInvestment();
        this.plannedYear = application.plannedYear();
        this.classified = application.classified();
        this.applicationJson = ApplicationJson.write(application);
        touch(at, actor);
    }

    void moveTo(ProjectStatus to, ProjectStatus suspendedFrom, OffsetDateTime at, String actor) {
        this.status = to;
        this.suspendedFrom = suspendedFrom;
        touch(at, actor);
    }

    private void touch(OffsetDateTime at, String actor) {
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    UUID id() {
        return id;
    }

    ProjectStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    Application application() {
        return ApplicationJson.read(applicationJson);
    }

    ProjectView view() {
        return new ProjectView(id, title, kind, ownerUnit, totalInvestment, plannedYear, classified, status,
                suspendedFrom, BusinessTime.inBeijing(createdAt), createdBy, BusinessTime.inBeijing(updatedAt),
                updatedBy, version);
    }
}

package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.shared.BusinessTime;

/**
 * 流程记录 — one step taken on a project: who took it in which role, on which date, under which
 * rule-set version, from where to where, with what explanation; never changed afterwards.
 */
@Entity
@Table(name = "project_step")
class ProjectStep {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LifecycleAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ProjectStatus toStatus;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    /** The date the step happened (a meeting, a signature), which picks the rules it is judged under. */
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "rule_set_version", nullable = false)
    private String ruleSetVersion;

    @Column(length = 4000)
    private String explanation;

    /** The step came after its deadline (Art. 19, 27, 28, 30, 32): allowed, and flagged. */
    @Column(name = "late_article")
    private String lateArticle;

    protected ProjectStep() {
    }

    ProjectStep(UUID projectId, LifecycleAction action, ProjectStatus from, ProjectStatus to, String actor,
                String actorRoles, LocalDate occurredOn, OffsetDateTime recordedAt, String ruleSetVersion,
                String explanation, String lateArticle) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.ruleSetVersion = ruleSetVersion;
        this.explanation = explanation;
        this.lateArticle = lateArticle;
    }

    UUID id() {
        return id;
    }

    LifecycleAction action() {
        return action;
    }

    OffsetDateTime recordedAt() {
        return recordedAt;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    StepView view(List<DocumentView> documents) {
        return new StepView(id, projectId, action, fromStatus, toStatus, actor, actorRoles, occurredOn,
                BusinessTime.inBeijing(recordedAt), ruleSetVersion, explanation, lateArticle, documents);
    }
}

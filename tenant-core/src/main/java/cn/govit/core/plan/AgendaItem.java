package cn.govit.core.plan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 议题 — a reserve-library project on a leading-group meeting's agenda and what the group decided on it. */
@Entity
@Table(name = "plan_agenda_item")
class AgendaItem {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "minutes_document_id")
    private UUID minutesDocumentId;

    @Enumerated(EnumType.STRING)
    private PlanDecision decision;

    @Column(name = "plan_year")
    private Integer planYear;

    private Integer priority;

    @Column(name = "funded_amount", precision = 16, scale = 2)
    private BigDecimal fundedAmount;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected AgendaItem() {
    }

    AgendaItem(UUID meetingId, UUID projectId) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.projectId = projectId;
    }

    UUID meetingId() {
        return meetingId;
    }

    UUID projectId() {
        return projectId;
    }

    UUID minutesDocumentId() {
        return minutesDocumentId;
    }

    PlanDecision decision() {
        return decision;
    }

    Integer planYear() {
        return planYear;
    }

    Integer priority() {
        return priority;
    }

    BigDecimal fundedAmount() {
        return fundedAmount;
    }

    String reason() {
        return reason;
    }

    String decidedBy() {
        return decidedBy;
    }

    void minutes(UUID documentId) {
        this.minutesDocumentId = documentId;
    }

    void decide(PlanDecision decision, Integer planYear, Integer priority, BigDecimal fundedAmount, String reason,
                String by, OffsetDateTime at) {
        this.decision = decision;
        this.planYear = planYear;
        this.priority = priority;
        this.fundedAmount = fundedAmount;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}

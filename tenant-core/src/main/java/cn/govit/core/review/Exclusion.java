package cn.govit.core.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 回避 — an expert kept out of a meeting's draw because they work for a reviewed project's owner unit or its competent department. */
@Entity
@Table(name = "review_exclusion")
class Exclusion {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "expert_id", nullable = false)
    private UUID expertId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 500)
    private String reason;

    protected Exclusion() {
    }

    Exclusion(UUID meetingId, UUID expertId, UUID projectId, String reason) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.expertId = expertId;
        this.projectId = projectId;
        this.reason = reason;
    }

    UUID expertId() {
        return expertId;
    }

    UUID projectId() {
        return projectId;
    }

    String reason() {
        return reason;
    }
}

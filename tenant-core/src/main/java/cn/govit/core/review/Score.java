package cn.govit.core.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 专家评分 — one seated expert's score (0–100) and written opinion on one project of their meeting: the weighted
 * sum of their {@link ScoreItem}s against the tenant's criteria, or an overall score where none were given.
 */
@Entity
@Table(name = "review_score")
class Score {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "expert_id", nullable = false)
    private UUID expertId;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(nullable = false, length = 4000)
    private String opinion;

    @Column(name = "scored_at", nullable = false)
    private OffsetDateTime scoredAt;

    protected Score() {
    }

    Score(UUID meetingId, UUID projectId, UUID expertId, BigDecimal score, String opinion, OffsetDateTime scoredAt) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.projectId = projectId;
        this.expertId = expertId;
        this.score = score;
        this.opinion = opinion;
        this.scoredAt = scoredAt;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    UUID expertId() {
        return expertId;
    }

    BigDecimal score() {
        return score;
    }

    String opinion() {
        return opinion;
    }

    void revise(BigDecimal score, String opinion, OffsetDateTime at) {
        this.score = score;
        this.opinion = opinion;
        this.scoredAt = at;
    }
}

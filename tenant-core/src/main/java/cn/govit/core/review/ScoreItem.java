package cn.govit.core.review;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 分项评分 — an expert's score on one criterion; the criterion's name and weight are kept with it, so that a
 * later change of the tenant's criteria leaves the scores given as they were.
 */
@Entity
@Table(name = "review_score_item")
class ScoreItem {

    @Id
    private UUID id;

    @Column(name = "score_id", nullable = false)
    private UUID scoreId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String criterion;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    protected ScoreItem() {
    }

    ScoreItem(UUID scoreId, int position, String criterion, int weight, BigDecimal score) {
        this.id = UUID.randomUUID();
        this.scoreId = scoreId;
        this.position = position;
        this.criterion = criterion;
        this.weight = weight;
        this.score = score;
    }

    UUID scoreId() {
        return scoreId;
    }

    int position() {
        return position;
    }

    String criterion() {
        return criterion;
    }

    int weight() {
        return weight;
    }

    BigDecimal score() {
        return score;
    }
}

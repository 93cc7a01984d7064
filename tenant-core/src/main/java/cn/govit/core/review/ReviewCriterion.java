package cn.govit.core.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 评审标准 — one criterion the tenant's experts score against, with its weight; the weights sum to 100. Every
 * tenant starts with 必要性 30, 技术方案 30, 投资合理性 25, 安全保障 15 and may set its own.
 */
@Entity
@Table(name = "review_criterion")
class ReviewCriterion {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false)
    private int weight;

    protected ReviewCriterion() {
    }

    ReviewCriterion(int position, String name, int weight) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.name = name;
        this.weight = weight;
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    int weight() {
        return weight;
    }

    CriterionView view() {
        return new CriterionView(id, position, name, weight);
    }
}

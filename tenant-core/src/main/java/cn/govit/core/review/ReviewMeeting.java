package cn.govit.core.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 集中评审会 — one review meeting of the bureau (Art. 10): the projects it reviews, the conditions of the
 * draw, and once drawn the seed and the candidate pool in the order the draw read it, so that anyone can
 * draw again from them and get the same panel.
 */
@Entity
@Table(name = "review_meeting")
class ReviewMeeting {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false, length = 500)
    private String specialties;

    @Column(nullable = false)
    private int officials;

    @Column(nullable = false)
    private int alternates;

    private Long seed;

    /** The candidates of the draw, in the order it read them (expert ids, comma-separated). */
    @Column(columnDefinition = "text")
    private String pool;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ReviewMeeting() {
    }

    ReviewMeeting(String title, LocalDate heldOn, String place, List<String> specialties, int officials, int alternates,
                  String createdBy, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.specialties = String.join(",", specialties);
        this.officials = officials;
        this.alternates = alternates;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String place() {
        return place;
    }

    int officials() {
        return officials;
    }

    int alternates() {
        return alternates;
    }

    Long seed() {
        return seed;
    }

    boolean drawn() {
        return seed != null;
    }

    List<String> specialties() {
        return specialties.isEmpty() ? List.of() : Arrays.stream(specialties.split(",")).toList();
    }

    List<UUID> pool() {
        return pool == null || pool.isEmpty() ? List.of() : Arrays.stream(pool.split(",")).map(UUID::fromString).toList();
    }

    void drawn(long seed, List<UUID> pool) {
        this.seed = seed;
        this.pool = String.join(",", pool.stream().map(UUID::toString).toList());
    }
}

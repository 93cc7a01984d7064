package cn.govit.core.library;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.shared.BusinessTime;

/** 年度调整 — the one adjustment of a year (Art. 9: 项目库每年调整一次), rolling the horizon to start in {@code year}. */
@Entity
@Table(name = "library_adjustment")
class LibraryAdjustment {

    @Id
    private UUID id;

    /** The first plan year of the horizon after the adjustment; unique: once a year. */
    @Column(nullable = false, unique = true)
    private int year;

    @Column(name = "horizon_years", nullable = false)
    private int horizonYears;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected LibraryAdjustment() {
    }

    LibraryAdjustment(int year, int horizonYears, String note, String actor, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.horizonYears = horizonYears;
        this.note = note;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    int year() {
        return year;
    }

    LibraryAdjustmentView view(int changes) {
        return new LibraryAdjustmentView(id, year, year + horizonYears - 1, note, actor, BusinessTime.inBeijing(recordedAt),
                changes);
    }
}

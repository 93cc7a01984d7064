package cn.govit.core.library;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.shared.BusinessTime;

/** 项目库变动记录 — one entry or adjustment of a project in the libraries; never changed afterwards. */
@Entity
@Table(name = "library_change")
class LibraryChange {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "adjustment_id")
    private UUID adjustmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LibraryChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Library library;

    @Column(name = "from_year")
    private Integer fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    private Integer priority;

    @Column(length = 1000)
    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected LibraryChange() {
    }

    LibraryChange(UUID projectId, UUID adjustmentId, LibraryChangeKind kind, Library library, Integer fromYear,
                  Integer toYear, Integer priority, String reason, String actor, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.adjustmentId = adjustmentId;
        this.kind = kind;
        this.library = library;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.priority = priority;
        this.reason = reason;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    LibraryChangeView view() {
        return new LibraryChangeView(projectId, adjustmentId, kind, library, fromYear, toYear, priority, reason, actor,
                BusinessTime.inBeijing(recordedAt));
    }
}

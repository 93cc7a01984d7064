package cn.govit.core.library;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 入库项目 — a project's place in the libraries: which library, its plan year within the rolling horizon
 * (Art. 9), its priority, whether it stands there by 一事一议 (Art. 13) instead of library entry. A removed
 * project keeps its row and its history.
 */
@Entity
@Table(name = "library_entry")
class LibraryEntry {

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Library library;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    private Integer priority;

    @Column(nullable = false)
    private boolean exceptional;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(nullable = false)
    private boolean removed;

    @Column(name = "removed_reason", length = 1000)
    private String removedReason;

    @Version
    private long version;

    protected LibraryEntry() {
    }

    LibraryEntry(UUID projectId, Library library, int planYear, boolean exceptional, LocalDate enteredOn) {
        this.projectId = projectId;
        this.library = library;
        this.planYear = planYear;
        this.exceptional = exceptional;
        this.enteredOn = enteredOn;
    }

    UUID projectId() {
        return projectId;
    }

    Library library() {
        return library;
    }

    int planYear() {
        return planYear;
    }

    Integer priority() {
        return priority;
    }

    boolean exceptional() {
        return exceptional;
    }

    LocalDate enteredOn() {
        return enteredOn;
    }

    boolean removed() {
        return removed;
    }

    String removedReason() {
        return removedReason;
    }

    void enterImplementation() {
        library = Library.IMPLEMENTATION;
    }

    void planFor(int year) {
        planYear = year;
    }

    void prioritize(Integer priority) {
        this.priority = priority;
    }

    void remove(String reason) {
        removed = true;
        removedReason = reason;
    }
}

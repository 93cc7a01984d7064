package cn.govit.core.review;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 评审专家 — an expert or a third-party review organisation (第三方机构) of the tenant's pool (Art. 10, 11). */
@Entity
@Table(name = "review_expert")
class Expert {

    /** An expert (专家) or a third-party organisation (第三方机构). */
    enum Kind { EXPERT, THIRD_PARTY }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** Fields of expertise, comma-separated, each stripped. */
    @Column(nullable = false, length = 500)
    private String specialties;

    @Column(nullable = false)
    private String employer;

    private String contact;

    @Column(nullable = false)
    private boolean available;

    /** The expert's login, through which they see and score their meetings' projects. */
    private String username;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Expert() {
    }

    Expert(String name, Kind kind, List<String> specialties, String employer, String contact, boolean available,
           String username, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.specialties = String.join(",", specialties);
        this.employer = employer;
        this.contact = contact;
        this.available = available;
        this.username = username;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String employer() {
        return employer;
    }

    String username() {
        return username;
    }

    boolean available() {
        return available;
    }

    List<String> specialties() {
        return specialties.isEmpty() ? List.of() : Arrays.stream(specialties.split(",")).toList();
    }

    ExpertView view() {
        return new ExpertView(id, name, kind.name(), specialties(), employer, contact, available, username);
    }
}

package cn.govit.core.authority;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.security.Role;

/**
 * 意见 — one authority's recorded decision on a project. Never changed, except that a later opinion
 * of the same kind marks it superseded; it stays in the history.
 */
@Entity
@Table(name = "opinion")
class Opinion {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpinionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Authority authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    private String conditions;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_role", nullable = false)
    private Role issuerRole;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(name = "supersedes_id")
    private UUID supersedesId;

    @Column(nullable = false)
    private boolean superseded;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Opinion() {
    }

    Opinion(UUID projectId, OpinionKind kind, Verdict verdict, String conditions, LocalDate issuedOn, String issuedBy,
            Role issuerRole, UUID documentId, UUID supersedesId, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.kind = kind;
        this.authority = kind.authority();
        this.verdict = verdict;
        this.conditions = conditions;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuerRole = issuerRole;
        this.documentId = documentId;
        this.supersedesId = supersedesId;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    OpinionKind kind() {
        return kind;
    }

    Verdict verdict() {
        return verdict;
    }

    UUID documentId() {
        return documentId;
    }

    void supersede() {
        superseded = true;
    }

    OpinionView view(String documentFilename) {
        return new OpinionView(id, projectId, kind, authority, verdict, conditions, issuedOn, issuedBy, issuerRole,
                documentId, documentFilename, supersedesId, !superseded, recordedAt);
    }
}

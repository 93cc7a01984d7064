package cn.govit.core.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * 项目材料 — one file attached to a project, stored whole in the tenant's schema. Only the lifecycle
 * step it supports is ever set later; the file itself never changes.
 */
@Entity
@Table(name = "project_document")
class ProjectDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "transition_id")
    private UUID stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentType type;

    @Column(nullable = false, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    /** bytea, not {@code @Lob} (an oid on PostgreSQL); immutable, so Hibernate keeps no second copy of it. */
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ProjectDocument() {
    }

    ProjectDocument(UUID projectId, DocumentType type, String filename, String contentType, byte[] content,
                    String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
        this.projectId = projectId;
        this.type = type;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    byte[] content() {
        return content;
    }

    DocumentView view() {
        return new DocumentView(id, projectId, type, filename, contentType, sizeBytes, sha256, uploadedBy, uploadedAt,
                stepId);
    }
}

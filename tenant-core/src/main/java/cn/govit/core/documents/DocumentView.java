package cn.govit.core.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.govit.core.shared.BusinessTime;

/**
 * What is shown of a document without its content. {@code sha256} is the lowercase hex digest of the
 * stored bytes; {@code stepId} is the lifecycle step it supports, {@code null} until one used it.
 */
public record DocumentView(UUID id, UUID projectId, DocumentType type, String filename, String contentType,
                           long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt,
                           UUID stepId) {

    public DocumentView {
        uploadedAt = BusinessTime.inBeijing(uploadedAt);
    }
}

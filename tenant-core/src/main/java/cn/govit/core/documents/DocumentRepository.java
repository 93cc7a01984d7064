package cn.govit.core.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Listings select the metadata only: the content is read just for a download. */
interface DocumentRepository extends JpaRepository<ProjectDocument, UUID> {

    String VIEW = """
            SELECT new cn.govit.core.documents.DocumentView(d.id, d.projectId, d.type, d.filename, d.contentType,
                   d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt, d.stepId)
            FROM ProjectDocument d""";

    @Query(VIEW + " WHERE d.projectId = :projectId ORDER BY d.uploadedAt DESC, d.id")
    List<DocumentView> views(UUID projectId);

    @Query(VIEW + " WHERE d.projectId = :projectId AND d.id IN :ids ORDER BY d.uploadedAt DESC, d.id")
    List<DocumentView> views(UUID projectId, Collection<UUID> ids);

    Optional<ProjectDocument> findByIdAndProjectId(UUID id, UUID projectId);

    boolean existsByProjectIdAndType(UUID projectId, DocumentType type);

    @Modifying(flushAutomatically = true)
    @Query("UPDATE ProjectDocument d SET d.stepId = :stepId WHERE d.projectId = :projectId AND d.id IN :ids")
    int linkToStep(UUID projectId, Collection<UUID> ids, UUID stepId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("DELETE FROM ProjectDocument d WHERE d.projectId = :projectId")
    int deleteOfProject(UUID projectId);
}

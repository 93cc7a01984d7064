package cn.govit.core.authority;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpinionRepository extends JpaRepository<Opinion, UUID> {

    List<Opinion> findByProjectIdOrderByRecordedAtAsc(UUID projectId);

    Optional<Opinion> findByProjectIdAndKindAndSupersededFalse(UUID projectId, OpinionKind kind);

    List<Opinion> findBySupersededFalseAndKindIn(List<OpinionKind> kinds);

    boolean existsByDocumentId(UUID documentId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("DELETE FROM Opinion o WHERE o.projectId = :projectId")
    int deleteOfProject(UUID projectId);
}

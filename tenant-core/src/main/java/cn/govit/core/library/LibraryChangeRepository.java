package cn.govit.core.library;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryChangeRepository extends JpaRepository<LibraryChange, UUID> {

    List<LibraryChange> findByProjectIdOrderByRecordedAtAsc(UUID projectId);

    long countByAdjustmentId(UUID adjustmentId);
}

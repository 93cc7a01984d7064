package cn.govit.core.lifecycle;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectStepRepository extends JpaRepository<ProjectStep, UUID> {

    List<ProjectStep> findByProjectIdOrderByRecordedAtAsc(UUID projectId);
}

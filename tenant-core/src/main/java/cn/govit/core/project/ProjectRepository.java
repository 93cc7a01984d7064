package cn.govit.core.project;

import java.util.List;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    @Query("""
            SELECT p FROM Project p
            WHERE (:status IS NULL OR p.status = :status)
              AND (:kind IS NULL OR p.kind = :kind)
              AND (:year IS NULL OR p.plannedYear = :year)
              AND (:text IS NULL OR LOWER(p.title) LIKE :text OR LOWER(p.ownerUnit) LIKE :text)
            ORDER BY p.createdAt DESC""")
    List<Project> search(ProjectStatus status, ProjectKind kind, Integer year, String text);
}

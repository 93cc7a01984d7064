package cn.govit.core.project;

import java.util.Collection;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    String MATCHING = """
            FROM Project p
            WHERE (:status IS NULL OR p.status = :status)
              AND (:kind IS NULL OR p.kind = :kind)
              AND (:year IS NULL OR p.plannedYear = :year)
              AND (:text IS NULL OR LOWER(p.title) LIKE :text OR LOWER(p.ownerUnit) LIKE :text)
              AND (:anyUnit = TRUE OR p.ownerUnit IN :units)""";

    /** One page of the matching projects, newest first; {@code units} counts only without {@code anyUnit}. */
    @Query(value = "SELECT p " + MATCHING + " ORDER BY p.createdAt DESC, p.id", countQuery = "SELECT COUNT(p) " + MATCHING)
    Page<Project> search(ProjectStatus status, ProjectKind kind, Integer year, String text, boolean anyUnit,
                         Collection<String> units, Pageable page);

    /** How many projects match, without loading any. */
    @Query("SELECT COUNT(p) " + MATCHING)
    long count(ProjectStatus status, ProjectKind kind, Integer year, String text, boolean anyUnit,
               Collection<String> units);
}

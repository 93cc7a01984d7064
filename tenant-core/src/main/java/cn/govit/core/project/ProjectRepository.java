package cn.govit.core.project;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import cn.govit.core.application.ProjectKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

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

    /** The project catalogue (项目目录, Art. 16, 33): the matching projects but classified ones (Art. 42). */
    String CATALOGUE = MATCHING + " AND p.classified = FALSE";

    /** One page of the catalogue, oldest first: a project added later joins the last page, never shifts earlier ones. */
    @Query(value = "SELECT p " + CATALOGUE + " ORDER BY p.createdAt, p.id", countQuery = "SELECT COUNT(p) " + CATALOGUE)
    Page<Project> catalogue(ProjectStatus status, ProjectKind kind, Integer year, String text, boolean anyUnit,
                            Collection<String> units, Pageable page);

    /** The whole catalogue in the same order, read through a database cursor a few hundred rows at a time. */
    @QueryHints({@QueryHint(name = "org.hibernate.fetchSize", value = "500"),
            @QueryHint(name = "org.hibernate.readOnly", value = "true")})
    @Query("SELECT p " + CATALOGUE + " ORDER BY p.createdAt, p.id")
    Stream<Project> streamCatalogue(ProjectStatus status, ProjectKind kind, Integer year, String text, boolean anyUnit,
                                    Collection<String> units);

    /** How many projects match, without loading any. */
    @Query("SELECT COUNT(p) " + MATCHING)
    long count(ProjectStatus status, ProjectKind kind, Integer year, String text, boolean anyUnit,
               Collection<String> units);
}

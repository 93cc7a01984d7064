package cn.govit.core.unit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OwnerUnitRepository extends JpaRepository<OwnerUnit, UUID> {

    String MATCHING = """
            FROM OwnerUnit u
            WHERE :text IS NULL OR LOWER(u.name) LIKE :text OR LOWER(u.creditCode) LIKE :text
               OR LOWER(u.competentDepartment) LIKE :text""";

    @Query(value = "SELECT u " + MATCHING + " ORDER BY u.name, u.id", countQuery = "SELECT COUNT(u) " + MATCHING)
    Page<OwnerUnit> search(String text, Pageable page);

    Optional<OwnerUnit> findByName(String name);

    Optional<OwnerUnit> findByCreditCode(String creditCode);

    List<OwnerUnit> findAllByOrderByName();

    List<OwnerUnit> findByNameInOrderByName(Collection<String> names);

    /** Registers a unit by name only, unless it is there; one statement, so two instances never clash. */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO owner_unit (id, name, created_at, created_by, updated_at, updated_by, version)
            VALUES (:id, :name, :at, :by, :at, :by, 0) ON CONFLICT (name) DO NOTHING""")
    int registerName(UUID id, String name, OffsetDateTime at, String by);
}

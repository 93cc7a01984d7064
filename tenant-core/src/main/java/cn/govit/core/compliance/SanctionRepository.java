package cn.govit.core.compliance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRepository extends JpaRepository<Sanction, UUID> {

    List<Sanction> findAllByOrderByImposedAtDesc();

    List<Sanction> findByOwnerUnitOrderByImposedAtDesc(String ownerUnit);

    boolean existsByOwnerUnitAndStatus(String ownerUnit, SanctionStatus status);

    boolean existsByOwnerUnitAndStatusIn(String ownerUnit, Collection<SanctionStatus> statuses);

    Optional<Sanction> findFirstByOwnerUnitAndStatusOrderByImposedAtDesc(String ownerUnit, SanctionStatus status);
}

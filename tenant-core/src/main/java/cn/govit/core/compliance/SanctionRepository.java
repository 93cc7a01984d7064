package cn.govit.core.compliance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRepository extends JpaRepository<Sanction, UUID> {

    List<Sanction> findAllByOrderByImposedAtDesc();

    boolean existsByOwnerUnitAndLiftedAtIsNull(String ownerUnit);
}

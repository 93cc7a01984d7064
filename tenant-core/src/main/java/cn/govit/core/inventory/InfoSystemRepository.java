package cn.govit.core.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InfoSystemRepository extends JpaRepository<InfoSystem, UUID> {

    List<InfoSystem> findAllByOrderByOwnerUnitAscNameAsc();

    Optional<InfoSystem> findByOwnerUnitAndName(String ownerUnit, String name);

    long countByDistrictCloudAndLocation(String districtCloud, SystemLocation location);
}

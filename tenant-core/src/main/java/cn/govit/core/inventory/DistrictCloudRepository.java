package cn.govit.core.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictCloudRepository extends JpaRepository<DistrictCloud, UUID> {

    List<DistrictCloud> findAllByOrderByNameAsc();

    Optional<DistrictCloud> findByName(String name);
}

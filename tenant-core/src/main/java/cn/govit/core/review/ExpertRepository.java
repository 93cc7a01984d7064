package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, UUID> {

    List<Expert> findAllByOrderByNameAsc();

    List<Expert> findByUsername(String username);
}

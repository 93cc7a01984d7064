package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCriterionRepository extends JpaRepository<ReviewCriterion, UUID> {

    List<ReviewCriterion> findAllByOrderByPositionAsc();
}

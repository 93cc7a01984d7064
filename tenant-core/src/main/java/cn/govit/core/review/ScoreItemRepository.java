package cn.govit.core.review;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreItemRepository extends JpaRepository<ScoreItem, UUID> {

    List<ScoreItem> findByScoreIdIn(Collection<UUID> scoreIds);

    void deleteByScoreId(UUID scoreId);
}

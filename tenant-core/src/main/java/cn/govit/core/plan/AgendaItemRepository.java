package cn.govit.core.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, UUID> {

    List<AgendaItem> findByMeetingId(UUID meetingId);

    List<AgendaItem> findByDecisionAndPlanYear(PlanDecision decision, Integer planYear);

    List<AgendaItem> findByProjectId(UUID projectId);

    List<AgendaItem> findByDecisionOrderByPlanYear(PlanDecision decision);

    boolean existsByProjectIdAndDecision(UUID projectId, PlanDecision decision);
}

package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelSeatRepository extends JpaRepository<PanelSeat, UUID> {

    List<PanelSeat> findByMeetingIdOrderByPositionAsc(UUID meetingId);

    List<PanelSeat> findByExpertIdAndStatus(UUID expertId, PanelSeat.Status status);
}

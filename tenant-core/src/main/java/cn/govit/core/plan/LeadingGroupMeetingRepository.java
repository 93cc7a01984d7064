package cn.govit.core.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadingGroupMeetingRepository extends JpaRepository<LeadingGroupMeeting, UUID> {

    List<LeadingGroupMeeting> findAllByOrderByHeldOnDesc();
}

package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExclusionRepository extends JpaRepository<Exclusion, UUID> {

    List<Exclusion> findByMeetingId(UUID meetingId);
}

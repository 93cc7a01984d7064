package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewMeetingRepository extends JpaRepository<ReviewMeeting, UUID> {

    List<ReviewMeeting> findAllByOrderByHeldOnDesc();
}

package cn.govit.core.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingProjectRepository extends JpaRepository<MeetingProject, UUID> {

    List<MeetingProject> findByMeetingId(UUID meetingId);

    List<MeetingProject> findByProjectId(UUID projectId);
}

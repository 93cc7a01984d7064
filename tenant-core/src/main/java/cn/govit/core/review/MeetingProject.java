package cn.govit.core.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project batched into a review meeting, and the technical review opinion issued on it there. */
@Entity
@Table(name = "review_meeting_project")
class MeetingProject {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "opinion_id")
    private UUID opinionId;

    protected MeetingProject() {
    }

    MeetingProject(UUID meetingId, UUID projectId) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.projectId = projectId;
    }

    UUID projectId() {
        return projectId;
    }

    UUID opinionId() {
        return opinionId;
    }

    void opinionIssued(UUID opinionId) {
        this.opinionId = opinionId;
    }
}

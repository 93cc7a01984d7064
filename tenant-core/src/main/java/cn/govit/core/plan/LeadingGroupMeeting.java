package cn.govit.core.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 领导小组会议 — one meeting of the leading group (Art. 12: in principle once a quarter), with its minutes. */
@Entity
@Table(name = "plan_leading_group_meeting")
class LeadingGroupMeeting {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "minutes_filename")
    private String minutesFilename;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LeadingGroupMeeting() {
    }

    LeadingGroupMeeting(String title, LocalDate heldOn, String createdBy, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.heldOn = heldOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String minutesFilename() {
        return minutesFilename;
    }

    void minutes(String filename) {
        this.minutesFilename = filename;
    }
}

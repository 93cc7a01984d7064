package cn.govit.core.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.Person;
import cn.govit.core.security.Role;

/** 站内消息 — a notice as the in-app channel keeps it, once for all its recipients; never changed afterwards. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "project_title", nullable = false)
    private String projectTitle;

    @Enumerated(EnumType.STRING)
    private LifecycleAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion_kind")
    private OpinionKind opinion;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "notification_recipient", joinColumns = @JoinColumn(name = "notification_id"))
    private Set<Addressee> recipients = new HashSet<>();

    protected Notification() {
    }

    Notification(Notice notice) {
        this.id = UUID.randomUUID();
        this.kind = notice.kind();
        this.projectId = notice.projectId();
        this.projectTitle = notice.projectTitle();
        this.action = notice.action();
        this.opinion = notice.opinion();
        this.verdict = notice.verdict();
        this.status = notice.status();
        this.dueOn = notice.dueOn();
        this.actor = notice.actor();
        this.createdAt = notice.createdAt();
        notice.recipients().forEach(r -> recipients.add(new Addressee(r.role(), r.ownerUnit())));
    }

    UUID id() {
        return id;
    }

    String actor() {
        return actor;
    }

    /** As the reader sees it, read or not; {@code who} is the actor as 姓名（单位）. */
    NotificationView view(boolean read, Person who) {
        return NotificationView.of(id, kind, projectId, projectTitle, action, opinion, verdict, status, dueOn, who,
                createdAt, read);
    }

    /** One recipient row: the role, and the owner unit where the notice is that unit's. */
    @Embeddable
    static class Addressee {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Role role;

        @Column(name = "owner_unit")
        private String ownerUnit;

        protected Addressee() {
        }

        Addressee(Role role, String ownerUnit) {
            this.role = role;
            this.ownerUnit = ownerUnit;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Addressee a && a.role == role && java.util.Objects.equals(a.ownerUnit, ownerUnit);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(role, ownerUnit);
        }
    }
}

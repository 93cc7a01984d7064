package cn.govit.core.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.security.CurrentUser;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** 修改记录 — one Envers revision in the tenant's schema: when and by whom. */
@Entity
@Table(name = "project_revision")
@RevisionEntity(ProjectRevision.Listener.class)
class ProjectRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private long timestamp;

    @Column(nullable = false)
    private String actor;

    long id() {
        return id;
    }

    long timestamp() {
        return timestamp;
    }

    String actor() {
        return actor;
    }

    /** Takes the actor from the authenticated user of the request or UI session. */
    static class Listener implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            ((ProjectRevision) revision).actor = CurrentUser.name();
        }
    }
}

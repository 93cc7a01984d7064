package cn.govit.core.notification;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 已读 — that one user (login name) read one notification; whatever has no marker is unread for them. */
@Entity
@Table(name = "notification_read")
class NotificationRead {

    @EmbeddedId
    private Key key;

    @Column(name = "read_at", nullable = false)
    private OffsetDateTime readAt;

    protected NotificationRead() {
    }

    NotificationRead(UUID notificationId, String username, OffsetDateTime readAt) {
        this.key = new Key(notificationId, username);
        this.readAt = readAt;
    }

    @Embeddable
    record Key(@Column(name = "notification_id") UUID notificationId, @Column(name = "username") String username)
            implements Serializable {
    }
}

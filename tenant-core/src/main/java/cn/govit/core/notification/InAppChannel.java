package cn.govit.core.notification;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * 站内消息 — the first channel: keeps the notice once in the tenant's schema for all its recipients, read
 * already by whoever caused it (nobody is told what they did themselves).
 */
@Component
class InAppChannel implements NotificationChannel {

    private final NotificationRepository notifications;
    private final NotificationService service;

    InAppChannel(NotificationRepository notifications, NotificationService service) {
        this.notifications = notifications;
        this.service = service;
    }

    @Override
    public void deliver(Notice notice) {
        Notification saved = notifications.save(new Notification(notice));
        service.mark(List.of(saved.id()), notice.actor());
    }
}

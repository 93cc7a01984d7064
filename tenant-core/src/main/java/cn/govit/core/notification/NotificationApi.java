package cn.govit.core.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications} — the caller's notifications in the caller's tenant (from the token). */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    private final NotificationService notifications;

    NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The latest notifications addressed to the caller, newest first, each with {@code read}. */
    @GetMapping
    List<NotificationView> latest(@RequestParam(defaultValue = "20") int limit) {
        return notifications.latest(limit);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead());
    }
}

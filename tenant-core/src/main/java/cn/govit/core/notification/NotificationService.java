package cn.govit.core.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.security.Person;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的消息 — the current tenant's notifications addressed to the request's user: to one of its roles, and
 * for an owner unit's officer to its own units (Art. 4); read or unread for that user alone. Addressing is
 * resolved here, at read time, so nothing is copied per user. Another tenant's notifications are in
 * another schema and never found.
 */
@Service
public class NotificationService {

    /** The most a list returns at once. */
    public static final int MAX_LATEST = 100;

    private final NotificationRepository notifications;
    private final NotificationReadRepository reads;
    private final People people;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationReadRepository reads, People people,
                        Clock clock) {
        this.notifications = notifications;
        this.reads = reads;
        this.people = people;
        this.clock = clock;
    }

    /** How many of the user's notifications it has not read; 0 outside a tenant. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        if (TenantContext.current().isEmpty()) {
            return 0;
        }
        Actor actor = CurrentUser.actor();
        return actor.roles().isEmpty() ? 0 : notifications.countUnread(actor.roles(), units(actor), actor.name());
    }

    /** The user's latest {@code count} notifications (at most {@link #MAX_LATEST}), newest first; none outside a tenant. */
    @Transactional(readOnly = true)
    public List<NotificationView> latest(int count) {
        if (count < 1 || count > MAX_LATEST) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "notification.badLimit", null,
                    "limit", MAX_LATEST);
        }
        Actor actor = CurrentUser.actor();
        if (TenantContext.current().isEmpty() || actor.roles().isEmpty()) {
            return List.of();
        }
        List<Notification> found = notifications.addressed(actor.roles(), units(actor), Limit.of(count));
        Set<UUID> read = new HashSet<>(found.isEmpty() ? List.of()
                : reads.readAmong(actor.name(), found.stream().map(Notification::id).toList()));
        Map<String, Person> actors = people.named(found.stream().map(Notification::actor).toList());
        return found.stream().map(n -> n.view(read.contains(n.id()), actors.get(n.actor()))).toList();
    }

    /** Marks one of the user's notifications read for the user; 404 for one not addressed to the user. */
    @Transactional
    public void markRead(UUID id) {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        if (actor.roles().isEmpty() || notifications.addressed(id, actor.roles(), units(actor)).isEmpty()) {
            throw ApiProblem.notFound("notification.notFound", id);
        }
        mark(List.of(id), actor.name());
    }

    /** 全部标为已读 — every unread notification of the user; how many it marked. */
    @Transactional
    public int markAllRead() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        if (actor.roles().isEmpty()) {
            return 0;
        }
        List<UUID> unread = notifications.unreadIds(actor.roles(), units(actor), actor.name());
        mark(unread, actor.name());
        return unread.size();
    }

    /** Marks read for {@code username} those of {@code ids} not read yet. */
    void mark(List<UUID> ids, String username) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> already = new HashSet<>(reads.readAmong(username, ids));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        reads.saveAll(ids.stream().filter(id -> !already.contains(id))
                .map(id -> new NotificationRead(id, username, now)).toList());
    }

    /** The user's owner units, never empty (an empty {@code in} list is not portable JPQL). */
    private static Set<String> units(Actor actor) {
        return actor.ownerUnits().isEmpty() ? Set.of("") : actor.ownerUnits();
    }
}

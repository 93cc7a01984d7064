package cn.govit.core.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.govit.core.authority.OpinionIssued;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.ProjectStepTaken;
import cn.govit.core.project.DraftDeleted;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Role;
import cn.govit.core.todo.NextStep;
import cn.govit.core.todo.TodoService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises a notice whenever something lands in a to-do list, once the step or opinion is committed: the
 * parties of the next steps of the road (the owner unit for its own project only, Art. 4), the authorities
 * whose opinion the new stage asks (Art. 8(10), 10, 14), and the owner unit when another party moved its
 * project on or gave an opinion on it. Runs on the step's thread, in the step's tenant; hands every notice
 * to every {@link NotificationChannel}.
 */
@Component
class Notifier {

    private final ProjectService projects;
    private final LifecycleService lifecycle;
    private final TodoService todo;
    private final List<NotificationChannel> channels;
    private final NotificationRepository notifications;
    private final NotificationReadRepository reads;
    private final Clock clock;

    Notifier(ProjectService projects, LifecycleService lifecycle, TodoService todo, List<NotificationChannel> channels,
             NotificationRepository notifications, NotificationReadRepository reads, Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.todo = todo;
        this.channels = List.copyOf(channels);
        this.notifications = notifications;
        this.reads = reads;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProjectStepTaken step) {
        Optional<ProjectView> found = projects.find(step.projectId());
        if (found.isEmpty()) {
            return;
        }
        ProjectView project = found.get();
        Set<Recipient> told = new HashSet<>();
        boolean moved = step.from() != step.to();
        // The owner unit hears when another party moved its project on: returned, endorsed, approved, …
        if (moved && !step.action().roles().equals(Set.of(Role.OWNER_OFFICER))) {
            Recipient owner = Recipient.of(Role.OWNER_OFFICER, project.ownerUnit());
            deliver(new Notice(NoticeKind.STEP_TAKEN, project.id(), project.title(), step.action(), null, null,
                    step.to(), null, step.actor(), now(), Set.of(owner)));
            told.add(owner);
        }
        for (NextStep next : todo.next(project.id())) {
            // A step recorded in place leaves the road where it was, unless it comes round again (Art. 19).
            if (!moved && next.action() != step.action()) {
                continue;
            }
            Set<Recipient> recipients = new LinkedHashSet<>();
            next.roles().forEach(role -> recipients.add(Recipient.of(role, project.ownerUnit())));
            recipients.removeAll(told);
            if (!recipients.isEmpty()) {
                deliver(new Notice(NoticeKind.STEP_DUE, project.id(), project.title(), next.action(), null, null,
                        project.status(), next.dueOn(), step.actor(), now(), recipients));
            }
        }
        Set<OpinionKind> asked = lifecycle.awaitedAt(project.id(), step.to());
        asked.removeAll(lifecycle.awaitedAt(project.id(), step.from()));
        for (OpinionKind kind : asked) {
            deliver(new Notice(NoticeKind.OPINION_AWAITED, project.id(), project.title(), null, kind, null,
                    project.status(), null, step.actor(), now(), Set.of(new Recipient(kind.authority().issuer(), null))));
        }
    }

    /** The owner unit and the parties of the next steps learn of an opinion they may be waiting for. */
    @ApplicationModuleListener
    void on(OpinionIssued issued) {
        Optional<ProjectView> found = projects.find(issued.projectId());
        if (found.isEmpty()) {
            return;
        }
        ProjectView project = found.get();
        Role issuer = issued.kind().authority().issuer();
        Set<Recipient> recipients = new LinkedHashSet<>();
        recipients.add(Recipient.of(Role.OWNER_OFFICER, project.ownerUnit()));
        todo.next(project.id()).forEach(next -> next.roles().stream().filter(r -> r != issuer)
                .forEach(role -> recipients.add(Recipient.of(role, project.ownerUnit()))));
        deliver(new Notice(NoticeKind.OPINION_ISSUED, project.id(), project.title(), null, issued.kind(),
                issued.verdict(), project.status(), null, issued.issuedBy(), now(), recipients));
    }

    /** A deleted draft takes its notifications along: their link would lead nowhere. */
    @ApplicationModuleListener
    void on(DraftDeleted deleted) {
        List<Notification> gone = notifications.findByProjectId(deleted.projectId());
        if (!gone.isEmpty()) {
            reads.deleteForNotifications(gone.stream().map(Notification::id).toList());
            notifications.deleteAll(gone);
        }
    }

    private void deliver(Notice notice) {
        channels.forEach(channel -> channel.deliver(notice));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

package cn.govit.core.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;

/**
 * 提醒 — one thing to tell its recipients about one project, as every channel receives it. The parts that
 * do not apply to its kind are {@code null}.
 *
 * @param actor who caused it; a channel need not tell them what they did themselves
 */
public record Notice(NoticeKind kind, UUID projectId, String projectTitle, LifecycleAction action,
                     OpinionKind opinion, Verdict verdict, ProjectStatus status, LocalDate dueOn, String actor,
                     OffsetDateTime createdAt, Set<Recipient> recipients) {

    public Notice {
        recipients = Set.copyOf(recipients);
    }
}

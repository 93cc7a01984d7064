package cn.govit.core.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.Person;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.shared.Texts;

/**
 * A notification as its reader sees it: the title in both languages (project, step or opinion, due date),
 * the project it links to ({@code link}, the project page), when it was raised and whether this user read it.
 */
public record NotificationView(UUID id, NoticeKind kind, UUID projectId, String projectTitle, LifecycleAction action,
                               OpinionKind opinion, LocalDate dueOn, String titleZh, String titleEn, String link,
                               OffsetDateTime createdAt, boolean read) {

    static NotificationView of(UUID id, NoticeKind kind, UUID projectId, String projectTitle, LifecycleAction action,
                               OpinionKind opinion, Verdict verdict, ProjectStatus status, LocalDate dueOn,
                               Person actor, OffsetDateTime createdAt, boolean read) {
        return new NotificationView(id, kind, projectId, projectTitle, action, opinion, dueOn,
                title(Locale.SIMPLIFIED_CHINESE, kind, projectTitle, action, opinion, verdict, status, dueOn, actor),
                title(Locale.ENGLISH, kind, projectTitle, action, opinion, verdict, status, dueOn, actor),
                "projects/" + projectId, BusinessTime.inBeijing(createdAt), read);
    }

    /** The title in the locale's language (Chinese unless English). */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    private static String title(Locale locale, NoticeKind kind, String project, LifecycleAction action,
                                OpinionKind opinion, Verdict verdict, ProjectStatus status, LocalDate dueOn,
                                Person actor) {
        return switch (kind) {
            case STEP_DUE -> dueOn == null ? Texts.get(locale, "notification.STEP_DUE", project, action.label(locale))
                    : Texts.get(locale, "notification.STEP_DUE.by", project, action.label(locale), dueOn.toString());
            case STEP_TAKEN -> Texts.get(locale, "notification.STEP_TAKEN", project, action.label(locale),
                    status.label(locale), actor.label(locale));
            case OPINION_AWAITED -> Texts.get(locale, "notification.OPINION_AWAITED", project,
                    opinion.authority().label(locale), opinion.label(locale));
            case OPINION_ISSUED -> Texts.get(locale, "notification.OPINION_ISSUED", project,
                    opinion.authority().label(locale), opinion.label(locale), verdict.label(locale));
        };
    }
}

package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectStatus;

/**
 * One recorded lifecycle step as the API and the timeline show it.
 *
 * @param lateArticle the article whose deadline the step missed, or {@code null}
 */
public record StepView(UUID id, UUID projectId, LifecycleAction action, ProjectStatus from, ProjectStatus to,
                       String actor, String actorRoles, LocalDate occurredOn, OffsetDateTime recordedAt,
                       String ruleSetVersion, String explanation, String lateArticle, List<DocumentView> documents) {
}

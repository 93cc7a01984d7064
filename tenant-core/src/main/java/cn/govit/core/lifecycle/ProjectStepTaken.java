package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import cn.govit.core.project.ProjectStatus;

/**
 * Event: a lifecycle step was recorded, e.g. a project entered the reserve library (Art. 10). Features
 * that follow the lifecycle listen to it; the lifecycle knows none of them.
 *
 * @param lateArticle the article whose time limit the step missed, or {@code null}
 */
public record ProjectStepTaken(String tenant, UUID projectId, UUID stepId, LifecycleAction action, ProjectStatus from,
                               ProjectStatus to, LocalDate occurredOn, String actor, String lateArticle) {
}

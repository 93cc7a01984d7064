package cn.govit.core.lifecycle;

import java.util.UUID;

import cn.govit.core.project.ProjectStatus;

/** Event: a lifecycle step was recorded, e.g. a project entered the reserve library (Art. 10). */
public record ProjectStepTaken(String tenant, UUID projectId, LifecycleAction action, ProjectStatus from,
                               ProjectStatus to) {
}

package cn.govit.core.rollup;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.shared.Texts;

/**
 * 阶段 — the stages the city compares districts by, each a group of the lifecycle's statuses: application and
 * review (Art. 8–11), the libraries and the plan until approval (Art. 9–14), implementation (Art. 13–28),
 * acceptance and operation (Art. 26–32), halted (Art. 28, 35), classified and handled offline (Art. 42).
 */
public enum Stage {
    APPLICATION(EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.RETURNED,
            ProjectStatus.SELF_SUPERVISED, ProjectStatus.UNDER_REVIEW)),
    LIBRARY(EnumSet.of(ProjectStatus.RESERVE, ProjectStatus.ANNUAL_PLAN, ProjectStatus.APPROVED,
            ProjectStatus.EXCEPTIONAL_REQUESTED, ProjectStatus.EXCEPTIONAL_APPROVED)),
    IMPLEMENTATION(EnumSet.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.PROCUREMENT, ProjectStatus.CONTRACT_FILED,
            ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SECURITY_ASSESSED, ProjectStatus.INITIAL_ACCEPTED,
            ProjectStatus.RECTIFICATION)),
    OPERATION(EnumSet.of(ProjectStatus.FINAL_ACCEPTED, ProjectStatus.IN_OPERATION,
            ProjectStatus.OPERATION_MAINTENANCE)),
    HALTED(EnumSet.of(ProjectStatus.SUSPENDED, ProjectStatus.TERMINATED, ProjectStatus.RETIRED)),
    CLASSIFIED(EnumSet.of(ProjectStatus.CLASSIFIED));

    private final Set<ProjectStatus> statuses;

    Stage(Set<ProjectStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ProjectStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public static Stage of(ProjectStatus status) {
        for (Stage stage : values()) {
            if (stage.statuses.contains(status)) {
                return stage;
            }
        }
        throw new IllegalArgumentException(status.name());
    }

    public String label(Locale locale) {
        return Texts.get(locale, "rollup.stage." + name());
    }
}

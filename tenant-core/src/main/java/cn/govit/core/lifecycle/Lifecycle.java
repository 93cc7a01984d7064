package cn.govit.core.lifecycle;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.Role;

/**
 * 项目生命周期 — the state machine itself, without storage: which step may be taken from which
 * stage by whom, and where it leads. The lifecycle service asks it first; everything it refuses is
 * refused before anything else is read or written.
 */
public final class Lifecycle {

    /** Stages a project can be suspended from (Art. 35): any live stage after submission. */
    static final Set<ProjectStatus> SUSPENDABLE = EnumSet.complementOf(EnumSet.of(ProjectStatus.DRAFT,
            ProjectStatus.SUSPENDED, ProjectStatus.TERMINATED, ProjectStatus.RETIRED, ProjectStatus.CLASSIFIED));

    /** Stages a project can be terminated from (Art. 28, 35), suspended ones included. */
    static final Set<ProjectStatus> TERMINABLE = EnumSet.complementOf(EnumSet.of(ProjectStatus.DRAFT,
            ProjectStatus.TERMINATED, ProjectStatus.RETIRED, ProjectStatus.CLASSIFIED));

    /** Stages in which an upward application (Art. 8(9)) may be filed and its approval reported back. */
    static final Set<ProjectStatus> UPWARD_STAGES = EnumSet.of(ProjectStatus.SUBMITTED, ProjectStatus.UNDER_REVIEW,
            ProjectStatus.RESERVE, ProjectStatus.ANNUAL_PLAN, ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTATION);

    private Lifecycle() {
    }

    /** Why a step cannot be taken at all, or empty if the state machine allows it. */
    public static Optional<Refusal> refusal(ProjectStatus current, LifecycleAction action, Set<Role> roles) {
        if (!action.from().contains(current)) {
            return Optional.of(Refusal.NOT_FROM_THIS_STAGE);
        }
        if (action.roles().stream().noneMatch(roles::contains)) {
            return Optional.of(Refusal.NOT_YOUR_ROLE);
        }
        return Optional.empty();
    }

    /** Where an allowed step leads. */
    public static ProjectStatus target(ProjectStatus current, ProjectStatus suspendedFrom, LifecycleAction action) {
        if (action == LifecycleAction.RESUME) {
            return suspendedFrom;
        }
        return action.to() == null ? current : action.to();
    }

    /** The two ways the state machine itself refuses a step. */
    public enum Refusal {
        /** 当前阶段不能执行此操作 */
        NOT_FROM_THIS_STAGE,
        /** 无权执行此操作 */
        NOT_YOUR_ROLE
    }
}

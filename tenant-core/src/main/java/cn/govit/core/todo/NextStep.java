package cn.govit.core.todo;

import java.time.LocalDate;
import java.util.Set;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.security.Role;

/** 下一步 — a step that moves the project on from its stage, who takes it and by when, where an article says. */
public record NextStep(LifecycleAction action, Set<Role> roles, LocalDate dueOn, boolean overdue) {
}

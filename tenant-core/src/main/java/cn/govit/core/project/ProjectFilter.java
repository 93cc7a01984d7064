package cn.govit.core.project;

import cn.govit.core.application.ProjectKind;

/** The registry's filters; {@code null} means any. {@code text} matches title or owner unit. */
public record ProjectFilter(ProjectStatus status, ProjectKind kind, Integer plannedYear, String text) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);
}

package cn.govit.core.project;

import java.util.Set;

import cn.govit.core.application.ProjectKind;

/**
 * The registry's filters; {@code null} means any. {@code text} matches title or owner unit;
 * {@code ownerUnits} keeps the projects of those units only (an officer's "my unit" view).
 */
public record ProjectFilter(ProjectStatus status, ProjectKind kind, Integer plannedYear, String text,
                            Set<String> ownerUnits) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);

    public ProjectFilter(ProjectStatus status, ProjectKind kind, Integer plannedYear, String text) {
        this(status, kind, plannedYear, text, null);
    }

    public ProjectFilter {
        ownerUnits = ownerUnits == null ? null : Set.copyOf(ownerUnits);
    }
}

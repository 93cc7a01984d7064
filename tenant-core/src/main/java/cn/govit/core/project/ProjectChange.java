package cn.govit.core.project;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 变更记录 — one kept change of a project: who, when, which parts of the application changed and
 * the status before and after.
 *
 * @param changedFields the application's top-level fields that changed (all of them at creation)
 */
public record ProjectChange(long revision, OffsetDateTime at, String actor, boolean created,
                            ProjectStatus statusBefore, ProjectStatus status, List<String> changedFields) {
}

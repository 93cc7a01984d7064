package cn.govit.core.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;

/**
 * What the registry shows of a project. Money in 元 with two decimals; {@code version} is what an
 * edit or a lifecycle step must name to be accepted (optimistic locking).
 */
public record ProjectView(UUID id, String title, ProjectKind kind, String ownerUnit, BigDecimal totalInvestment,
                          Integer plannedYear, boolean classified, ProjectStatus status,
                          ProjectStatus suspendedFrom, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime updatedAt, String updatedBy, long version) {
}

package cn.govit.core.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the API and the UI show of a project. Money in 元 with two decimals. */
public record ProjectView(UUID id, String title, ProjectKind kind, String ownerUnit, BigDecimal totalInvestment,
                          ProjectStatus status, OffsetDateTime createdAt, String createdBy) {
}

package cn.govit.core.inventory;

import java.time.LocalDate;

/**
 * 迁移计划 — how, where to and by when a system migrates (Art. 15: 物理搬迁、应用搬迁、容灾备份; Art. 38, 40), and how
 * far it is. A new plan starts {@link MigrationStatus#PLANNED}; its status is left out to mean that.
 */
public record MigrationPlan(MigrationMethod method, MigrationTarget target, LocalDate plannedOn, MigrationStatus status) {
}

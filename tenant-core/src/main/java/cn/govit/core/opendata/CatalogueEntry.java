package cn.govit.core.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 项目目录条目 — one project as the open catalogue shows it: what it is, whose, where it stands and what it costs;
 * no personal data and no documents.
 */
@Schema(name = "CatalogueEntry", description = "项目目录条目：项目编号、名称、建设单位、类型、状态、计划年度与投资（元）")
public record CatalogueEntry(
        @Schema(description = "项目编号（稳定）") UUID id,
        @Schema(description = "项目名称") String title,
        @Schema(description = "项目建设（业主）单位") String ownerUnit,
        @Schema(description = "项目类型：CONSTRUCTION 建设类，OM 运维类") ProjectKind kind,
        @Schema(description = "项目状态代码") ProjectStatus status,
        @Schema(description = "项目状态（中文）") String statusLabel,
        @Schema(description = "计划年度") Integer plannedYear,
        @Schema(description = "总投资（元，两位小数）", example = "2860000.00") BigDecimal totalInvestment,
        @Schema(description = "列入年度计划的安排资金（元，第十二条）；未列入为空", example = "2500000.00")
        BigDecimal approvedInvestment,
        @Schema(description = "登记日期（北京时间）") LocalDate registeredOn,
        @Schema(description = "最后更新时间") OffsetDateTime updatedAt) {
}

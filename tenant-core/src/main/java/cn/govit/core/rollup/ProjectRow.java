package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;

/**
 * One project of a tenant as the city's read model holds it (Art. 40). Money in 元 with two decimals;
 * {@code approvedInvestment} is the total investment once the project is past the feasibility or budget approval of
 * Art. 14, else zero; the overdue steps and the earliest due date are those of the lifecycle's time limits as of
 * {@code asOf}.
 */
public record ProjectRow(String tenantCode, UUID projectId, String title, String ownerUnit, ProjectKind kind,
                         ProjectStatus status, Stage stage, Library library, Integer planYear,
                         BigDecimal totalInvestment, BigDecimal approvedInvestment, int overdueSteps,
                         LocalDate earliestDueOn, RiskColour risk, List<RiskReason> riskReasons, OffsetDateTime asOf) {
}

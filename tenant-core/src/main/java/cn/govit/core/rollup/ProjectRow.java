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
 * Art. 14, else zero; {@code dueDates} are the lifecycle's open time limits as of {@code asOf}, the earliest
 * {@code earliestDueOn}, and {@code overdueSteps} those of them past on the day the row is read — a time limit
 * passing turns overdue without any event. The milestones' dates are those of the first step that reached them (申报, 入储备库, 批复, 终验), null
 * before; the city's trend counts them by month.
 */
public record ProjectRow(String tenantCode, UUID projectId, String title, String ownerUnit, ProjectKind kind,
                         ProjectStatus status, Stage stage, Library library, Integer planYear,
                         BigDecimal totalInvestment, BigDecimal approvedInvestment, int overdueSteps,
                         List<LocalDate> dueDates, LocalDate earliestDueOn, RiskColour risk, List<RiskReason> riskReasons,
                         LocalDate submittedOn, LocalDate reserveOn, LocalDate approvedOn, LocalDate acceptedOn,
                         OffsetDateTime asOf) {
}

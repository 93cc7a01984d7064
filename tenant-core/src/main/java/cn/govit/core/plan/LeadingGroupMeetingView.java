package cn.govit.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.govit.core.project.ProjectStatus;

/**
 * A leading-group meeting as shown: its agenda of reserve-library projects with each decision, and its minutes
 * ({@code minutesFilename}, attached to every project of the agenda as 领导小组会议纪要).
 */
public record LeadingGroupMeetingView(UUID id, String title, LocalDate heldOn, String minutesFilename,
                                      List<Item> agenda) {

    /** One project on the agenda; {@code decision} is {@code null} until decided. */
    public record Item(UUID projectId, String title, String ownerUnit, BigDecimal totalInvestment,
                       ProjectStatus status, UUID minutesDocumentId, PlanDecision decision, Integer planYear,
                       Integer priority, BigDecimal fundedAmount, String reason, String decidedBy) {
    }
}

package cn.govit.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.govit.core.project.ProjectStatus;

/**
 * 项目年度计划 — one year's plan (Art. 12): the projects the leading group included, by priority, with their
 * funded amounts; the total funded against the finance bureau's arrangement ({@code null} until entered) and
 * what remains of it; and the meeting periods of the year (quarters under the city's rules), each flagged
 * when it ended without a meeting. Money in 元.
 */
public record AnnualPlan(int year, List<Entry> entries, BigDecimal fundedTotal, BigDecimal arrangement,
                         String arrangementNote, String arrangementEnteredBy, BigDecimal remaining,
                         int meetingsPerYear, List<Period> periods) {

    public record Entry(UUID projectId, String title, String ownerUnit, BigDecimal totalInvestment, int priority,
                        BigDecimal fundedAmount, UUID meetingId, LocalDate decidedOn, ProjectStatus status) {
    }

    /**
     * A period of the rule set's meeting frequency: {@code flagged} when it ended without a meeting held in it
     * (Art. 12: 原则上一个季度召开一次); a period not yet over is never flagged.
     */
    public record Period(int number, LocalDate from, LocalDate to, int meetings, boolean ended, boolean flagged) {
    }

    /** Whether any ended period of the year had no meeting. */
    public boolean anyFlagged() {
        return periods.stream().anyMatch(Period::flagged);
    }
}

package cn.govit.core.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.govit.core.project.ProjectStatus;

/**
 * 项目库看板 — one library by the plan years of the rolling horizon (Art. 9), money in 元.
 *
 * @param years    the horizon's plan years, first to last, each with its projects and total
 * @param outsideHorizon projects whose plan year lies outside the horizon, waiting for the yearly adjustment
 * @param lastAdjustedYear the first year of the latest yearly adjustment, {@code null} before the first
 */
public record LibraryBoard(Library library, int firstYear, int lastYear, Integer lastAdjustedYear,
                           List<YearColumn> years, List<Row> outsideHorizon, BigDecimal total) {

    /** One plan year of the horizon. */
    public record YearColumn(int year, List<Row> projects, BigDecimal total) {
    }

    /**
     * One project in the library; {@code exceptional}: it stands here by 一事一议 (Art. 13), not by library entry.
     */
    public record Row(UUID projectId, String title, String ownerUnit, BigDecimal totalInvestment, int planYear,
                      Integer priority, boolean exceptional, LocalDate enteredOn, ProjectStatus status) {
    }
}

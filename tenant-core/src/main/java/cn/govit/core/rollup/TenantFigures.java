package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.library.Library;
import cn.govit.core.tenancy.TenantLevel;

/**
 * One tenant side by side with the others in the city's overview (Art. 40), or their total ({@code code} null):
 * projects by stage, the libraries by plan year, investment in 元, overdue time limits, sanctions in force (Art. 33),
 * rules set differently from the city (Art. 41), the risk colour with its reasons, and when each figure was taken;
 * the migration of its information systems and its owner units' compliance (Art. 33, 38, 40).
 *
 * @param tiered whether the tenant runs on a database server of its own (Art. 39)
 */
public record TenantFigures(String code, String nameZh, String nameEn, TenantLevel level, boolean tiered,
                            int projects, Map<Stage, Integer> byStage, List<LibraryFigure> libraries,
                            BigDecimal totalInvestment, BigDecimal approvedInvestment, int overdueSteps,
                            int overdueProjects, int sanctionsInForce, int ruleDifferences, RiskColour risk,
                            List<RiskReason> riskReasons, OffsetDateTime projectsAsOf, OffsetDateTime sanctionsAsOf,
                            OffsetDateTime rulesAsOf, MigrationFigures migration) {

    /** The projects of one library in one plan year (Art. 9), with their total investment in 元. */
    public record LibraryFigure(Library library, int year, int projects, BigDecimal investment) {
    }

    public int stage(Stage stage) {
        return byStage.getOrDefault(stage, 0);
    }

    /** The library's projects, of {@code year} or of every year when null. */
    public int libraryProjects(Library library, Integer year) {
        return libraries.stream().filter(f -> f.library() == library && (year == null || f.year() == year))
                .mapToInt(LibraryFigure::projects).sum();
    }

    public BigDecimal libraryInvestment(Library library, Integer year) {
        return libraries.stream().filter(f -> f.library() == library && (year == null || f.year() == year))
                .map(LibraryFigure::investment).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }
}

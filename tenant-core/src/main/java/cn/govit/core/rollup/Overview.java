package cn.govit.core.rollup;

import java.util.List;

/**
 * 市级监管总览 — every tenant under the city side by side, and their total ({@code total.code()} is null), from the
 * read model (Art. 40). {@code planYear} is the plan year the library figures are narrowed to, or null; {@code trend}
 * the last {@value SupervisionService#TREND_MONTHS} months up to the current one, summed over the tenants shown.
 */
public record Overview(List<TenantFigures> tenants, TenantFigures total, Integer planYear, List<TrendMonth> trend) {
}

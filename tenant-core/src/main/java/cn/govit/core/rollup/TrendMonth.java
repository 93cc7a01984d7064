package cn.govit.core.rollup;

import java.time.YearMonth;

/**
 * 月度趋势 — one month of the city's trend (Art. 40): how many projects were first submitted (Art. 8), entered the
 * reserve library (Art. 10), were approved (Art. 13, 14) and passed final acceptance (Art. 26) in it, by the steps'
 * own dates.
 */
public record TrendMonth(YearMonth month, int submitted, int reserve, int approved, int accepted) {
}

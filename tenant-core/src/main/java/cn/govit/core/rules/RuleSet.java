package cn.govit.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * 规则集 — the rules in force for one tenant on one date: the regulation's values, overridden by
 * the city's version in force (the baseline), overridden by the district's own version (Art. 41).
 *
 * @param tenant          the tenant whose rules these are
 * @param date            the date they are in force on
 * @param baselineVersion the city's version number in force, 0 when the regulation's values apply
 * @param localVersion    the tenant's own version in force, 0 when it has none (always 0 for the city)
 */
public record RuleSet(String tenant, LocalDate date, int baselineVersion, int localVersion,
                      Map<RuleParameter, String> values) {

    public RuleSet {
        EnumMap<RuleParameter, String> copy = new EnumMap<>(RuleParameter.class);
        for (RuleParameter p : RuleParameter.values()) {
            copy.put(p, values.getOrDefault(p, p.regulationValue()));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The regulation's own values, as on the day the city adopted them. */
    public static RuleSet regulation(String tenant, LocalDate date) {
        return new RuleSet(tenant, date, 0, 0, Map.of());
    }

    /** How a step records the rules it was judged under, e.g. {@code city@2/donghu@3}. */
    public String versionLabel() {
        return RuleSetVersion.CITY + "@" + baselineVersion
                + (RuleSetVersion.CITY.equals(tenant) ? "" : "/" + tenant + "@" + localVersion);
    }

    public String value(RuleParameter p) {
        return values.get(p);
    }

    public BigDecimal money(RuleParameter p) {
        return new BigDecimal(values.get(p));
    }

    public int integer(RuleParameter p) {
        return Integer.parseInt(values.get(p));
    }

    public boolean flag(RuleParameter p) {
        return Boolean.parseBoolean(values.get(p));
    }

    public MonthDay monthDay(RuleParameter p) {
        return RuleParameter.monthDay(values.get(p));
    }
}

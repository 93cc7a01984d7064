package cn.govit.core.rules;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import cn.govit.core.shared.Texts;

/**
 * 规则参数 — every parameter of a tenant's rule set (DOMAIN.md's rule table), with the article it
 * comes from, its type, unit, the city baseline as the regulation states it, the range a district
 * may set under Art. 41, and whether it may loosen it at all (Art. 38).
 */
public enum RuleParameter {
    // Art. 41: each district's own self-supervision limit, to the size of its projects.
    R7_SELF_SUPERVISION_THRESHOLD("R7", ParameterType.MONEY, "300000.00", "0", "100000000", Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 38: every district's compute and storage come from the city's integrated data centre.
    R8_1_NO_MACHINE_ROOM_OR_HARDWARE("R8.1", ParameterType.FLAG, "true", null, null, Latitude.TIGHTEN_ONLY),
    // Art. 38: every district's systems are built on the city's government network.
    R8_2_GOV_EXTRANET_REQUIRED("R8.2", ParameterType.FLAG, "true", null, null, Latitude.TIGHTEN_ONLY),
    // Art. 41: Art. 38 binds the data centre and the network, not the form of the resource catalogue.
    R8_3_RESOURCE_CATALOGUE_REQUIRED("R8.3", ParameterType.FLAG, "true", null, null, Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: how a district measures its own projects' goals.
    R8_4_MIN_QUANTITATIVE_INDICATORS("R8.4", ParameterType.INTEGER, "1", "0", "50", Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: a term the district negotiates with its own suppliers.
    R8_5_MIN_FREE_OM_YEARS("R8.5", ParameterType.INTEGER, "3", "0", "10", Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: the district's IT department coordinates its own departments' joint projects.
    R8_6_JOINT_PLAN_REQUIRED("R8.6", ParameterType.FLAG, "true", null, null, Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: the district's own IT department reviews its projects, upward ones included.
    R8_9_BUREAU_OPINION_BEFORE_UPWARD("R8.9", ParameterType.FLAG, "true", null, null, Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 38 (with Art. 8(10), Art. 42): state security and air defence are no district's to waive.
    R8_10_SECURITY_OPINIONS_REQUIRED("R8.10", ParameterType.FLAG, "true", null, null, Latitude.TIGHTEN_ONLY),
    // Art. 41: the district plans its own project library.
    R9_LIBRARY_HORIZON_YEARS("R9", ParameterType.INTEGER, "3", "1", "10", Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: the district's own leading group meets as its caseload needs.
    R12_LEADING_GROUP_MEETINGS_PER_YEAR("R12", ParameterType.INTEGER, "4", "1", "12", Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 41: the periods of the district's own supervision (Art. 19, 27, 28, 30, 32).
    R19_MONTHLY_REPORT_DUE_DAY("R19", ParameterType.INTEGER, "10", "1", "28", Latitude.LOOSEN_OR_TIGHTEN),
    R27_ACCEPTANCE_DOCUMENTS_DAYS("R27", ParameterType.INTEGER, "15", "1", "180", Latitude.LOOSEN_OR_TIGHTEN),
    R28_RECTIFICATION_MONTHS("R28", ParameterType.INTEGER, "3", "1", "24", Latitude.LOOSEN_OR_TIGHTEN),
    R30_SELF_EVALUATION_FROM_MONTHS("R30", ParameterType.INTEGER, "3", "0", "24", Latitude.LOOSEN_OR_TIGHTEN),
    R30_SELF_EVALUATION_TO_MONTHS("R30", ParameterType.INTEGER, "6", "1", "36", Latitude.LOOSEN_OR_TIGHTEN),
    R32_OM_ASSESSMENT_DUE("R32", ParameterType.MONTH_DAY, "12-20", null, null, Latitude.LOOSEN_OR_TIGHTEN),
    // Art. 38 and 40: systems move into the city's data centre, and a unit that does not is sanctioned (Art. 33).
    R33_SANCTIONS_ENFORCED("R33", ParameterType.FLAG, "true", null, null, Latitude.TIGHTEN_ONLY);

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final String article;
    private final ParameterType type;
    private final String baseline;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Latitude latitude;

    RuleParameter(String article, ParameterType type, String baseline, String min, String max, Latitude latitude) {
        if (!latitude.appliesTo(type)) {
            throw new IllegalArgumentException(name() + ": a " + type + " parameter cannot be " + latitude);
        }
        this.article = article;
        this.type = type;
        this.baseline = baseline;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
        this.latitude = latitude;
    }

    /** The article code, e.g. {@code R8.4}. */
    public String article() {
        return article;
    }

    public ParameterType type() {
        return type;
    }

    /** The value the city's regulation sets. */
    public String regulationValue() {
        return baseline;
    }

    /** What a tenant's version may do with this parameter (Art. 38, 41). */
    public Latitude latitude() {
        return latitude;
    }

    /** Whether a tenant may set {@code value}, a normalized value, under this parameter's latitude. */
    public boolean permits(String value) {
        return latitude.permits(type, baseline, value);
    }

    public String label(Locale locale) {
        return Texts.get(locale, "rule." + name());
    }

    /** 单位, e.g. 元, 年, 日; empty for flags. */
    public String unit(Locale locale) {
        return Texts.has("rule." + name() + ".unit") ? Texts.get(locale, "rule." + name() + ".unit") : "";
    }

    /** The value written canonically, or empty when it is not a valid value of this parameter. */
    public Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return switch (type) {
                case FLAG -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")
                        ? Optional.of(v.toLowerCase(Locale.ROOT)) : Optional.empty();
                case INTEGER -> inRange(new BigDecimal(v)) && new BigDecimal(v).stripTrailingZeros().scale() <= 0
                        ? Optional.of(new BigDecimal(v).toBigIntegerExact().toString()) : Optional.empty();
                case MONEY -> inRange(new BigDecimal(v)) && new BigDecimal(v).stripTrailingZeros().scale() <= 2
                        ? Optional.of(new BigDecimal(v).setScale(2).toPlainString()) : Optional.empty();
                case MONTH_DAY -> Optional.of(MonthDay.parse(v, MONTH_DAY).format(MONTH_DAY));
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The allowed range as text, for messages: e.g. {@code 0–50}. */
    public String range() {
        return switch (type) {
            case FLAG -> "true / false";
            case MONTH_DAY -> "MM-dd";
            default -> min.toPlainString() + "–" + max.toPlainString();
        };
    }

    private boolean inRange(BigDecimal v) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    static MonthDay monthDay(String value) {
        return MonthDay.parse(value, MONTH_DAY);
    }
}

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
 * comes from, its type, unit, the city baseline as the regulation states it, and the range a
 * district may set under Art. 41.
 */
public enum RuleParameter {
    R7_SELF_SUPERVISION_THRESHOLD("R7", ParameterType.MONEY, "300000.00", "0", "100000000"),
    R8_1_NO_MACHINE_ROOM_OR_HARDWARE("R8.1", ParameterType.FLAG, "true", null, null),
    R8_2_GOV_EXTRANET_REQUIRED("R8.2", ParameterType.FLAG, "true", null, null),
    R8_3_RESOURCE_CATALOGUE_REQUIRED("R8.3", ParameterType.FLAG, "true", null, null),
    R8_4_MIN_QUANTITATIVE_INDICATORS("R8.4", ParameterType.INTEGER, "1", "0", "50"),
    R8_5_MIN_FREE_OM_YEARS("R8.5", ParameterType.INTEGER, "3", "0", "10"),
    R8_6_JOINT_PLAN_REQUIRED("R8.6", ParameterType.FLAG, "true", null, null),
    R8_9_BUREAU_OPINION_BEFORE_UPWARD("R8.9", ParameterType.FLAG, "true", null, null),
    R8_10_SECURITY_OPINIONS_REQUIRED("R8.10", ParameterType.FLAG, "true", null, null),
    R9_LIBRARY_HORIZON_YEARS("R9", ParameterType.INTEGER, "3", "1", "10"),
    R12_LEADING_GROUP_MEETINGS_PER_YEAR("R12", ParameterType.INTEGER, "4", "1", "12"),
    R19_MONTHLY_REPORT_DUE_DAY("R19", ParameterType.INTEGER, "10", "1", "28"),
    R27_ACCEPTANCE_DOCUMENTS_DAYS("R27", ParameterType.INTEGER, "15", "1", "180"),
    R28_RECTIFICATION_MONTHS("R28", ParameterType.INTEGER, "3", "1", "24"),
    R30_SELF_EVALUATION_FROM_MONTHS("R30", ParameterType.INTEGER, "3", "0", "24"),
    R30_SELF_EVALUATION_TO_MONTHS("R30", ParameterType.INTEGER, "6", "1", "36"),
    R32_OM_ASSESSMENT_DUE("R32", ParameterType.MONTH_DAY, "12-20", null, null),
    R33_SANCTIONS_ENFORCED("R33", ParameterType.FLAG, "true", null, null);

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final String article;
    private final ParameterType type;
    private final String baseline;
    private final BigDecimal min;
    private final BigDecimal max;

    RuleParameter(String article, ParameterType type, String baseline, String min, String max) {
        this.article = article;
        this.type = type;
        this.baseline = baseline;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
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

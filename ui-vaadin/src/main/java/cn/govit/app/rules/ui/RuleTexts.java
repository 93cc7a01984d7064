package cn.govit.app.rules.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import cn.govit.app.base.ui.Localized;

import cn.govit.core.rules.Article;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.shared.Texts;
import cn.govit.core.web.ApiProblem;

/** How the rule views write a parameter, its value, its article and a change, in the UI's language. */
final class RuleTexts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RuleTexts() {
    }

    /** The UI's locale, as {@link Component#getLocale()} finds it (which is not public). */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    static boolean english(Component c) {
        return "en".equals(locale(c).getLanguage());
    }

    /** {@code R8.4 第八条第（四）项}. */
    static String article(Component c, RuleParameter p) {
        return p.article() + " " + (english(c) ? Article.en(p.article()) : Article.zh(p.article()));
    }

    /** A value as officials read it: money in 万元 (as the regulation's 30万元), flags as 是/否, counts with their unit. */
    static String value(Component c, RuleParameter p, String value) {
        if (value == null) {
            return c.getTranslation("rules.inherited");
        }
        return switch (p.type()) {
            case MONEY -> c.getTranslation("rules.value.money", new BigDecimal(value)
                    .divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            case FLAG -> c.getTranslation("rules.flag." + Boolean.parseBoolean(value));
            case INTEGER -> p.unit(locale(c)).isEmpty() ? value : value + " " + p.unit(locale(c));
            case MONTH_DAY -> value;
        };
    }

    /** {@code R7 主管部门自行监管限额：30 万元 → 50 万元}; a missing value is the inherited one. */
    static String change(Component c, RuleParameter p, String before, String after) {
        return c.getTranslation("rules.change", p.article() + " " + p.label(locale(c)),
                value(c, p, before), value(c, p, after));
    }

    /** Each parameter whose entry differs between two override maps, written as a change. */
    static List<String> changes(Component c, Map<RuleParameter, String> before, Map<RuleParameter, String> after) {
        List<String> changes = new ArrayList<>();
        for (RuleParameter p : RuleParameter.values()) {
            String b = before.get(p);
            String a = after.get(p);
            if (b == null ? a != null : !b.equals(a)) {
                changes.add(change(c, p, b, a));
            }
        }
        return changes;
    }

    /** What a version sets, e.g. {@code R7 50 万元；R27 10 天}. */
    static String settings(Component c, Map<RuleParameter, String> overrides) {
        if (overrides.isEmpty()) {
            return c.getTranslation("rules.versions.setsNothing");
        }
        return String.join(separator(c), Arrays.stream(RuleParameter.values()).filter(overrides::containsKey)
                .map(p -> p.article() + " " + value(c, p, overrides.get(p))).toList());
    }

    static String separator(Component c) {
        return english(c) ? "; " : "；";
    }

    /** The problem's message from tenant-core's bundles, in the UI's language. */
    static String problem(Component c, ApiProblem problem) {
        return Texts.get(locale(c), problem.messageKey(), problem.args());
    }

    /** The picker in the UI's language (see {@link Localized#datePicker}). */
    static void localize(DatePicker picker) {
        Localized.datePicker(picker);
    }
}

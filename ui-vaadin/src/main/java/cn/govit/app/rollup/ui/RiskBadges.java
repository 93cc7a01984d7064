package cn.govit.app.rollup.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

import cn.govit.core.rollup.RiskColour;
import cn.govit.core.rollup.RiskReason;

/** The risk colour as a badge — 红、黄、绿 — and its reasons as the tooltip's text. */
final class RiskBadges {

    private RiskBadges() {
    }

    static Badge of(RiskColour risk, Locale locale) {
        Badge badge = new Badge(risk.label(locale));
        badge.addThemeVariants(switch (risk) {
            case RED -> BadgeVariant.ERROR;
            case YELLOW -> BadgeVariant.WARNING;
            case GREEN -> BadgeVariant.SUCCESS;
        });
        badge.addClassName("risk-" + risk.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String reasons(List<RiskReason> reasons, Locale locale, String none) {
        return reasons.isEmpty() ? none : reasons.stream().map(r -> r.text(locale)).collect(Collectors.joining("\n"));
    }
}

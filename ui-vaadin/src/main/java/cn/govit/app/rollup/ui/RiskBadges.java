package cn.govit.app.rollup.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.select.Select;

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

    /** The risk filter: red, yellow, green, or all when empty. */
    static void filter(Select<RiskColour> risk, String id, Component view) {
        risk.setId(id);
        risk.setLabel(view.getTranslation("supervision.filter.risk"));
        risk.setItems(RiskColour.RED, RiskColour.YELLOW, RiskColour.GREEN);
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(view.getTranslation("supervision.filter.all"));
        risk.setItemLabelGenerator(r -> r == null ? view.getTranslation("supervision.filter.all")
                : view.getTranslation("supervision.risk." + r.name()));
    }

    static String reasons(List<RiskReason> reasons, Locale locale, String none) {
        return reasons.isEmpty() ? none : reasons.stream().map(r -> r.text(locale)).collect(Collectors.joining("\n"));
    }
}

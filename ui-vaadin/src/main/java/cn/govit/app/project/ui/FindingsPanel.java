package cn.govit.app.project.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.core.rules.Finding;

/**
 * 审查意见 — what the tenant's rules find about an application or a refused step: one row per
 * finding with its article, blocking ones in red, warnings in amber, the message in the UI language.
 * Each row's id is {@code finding-<article>} (dots as dashes, {@code finding-R8-4}); a second finding
 * of the same article gets {@code _2}, {@code _3}, … ({@code finding-R8-3_2}) so ids stay unique.
 */
class FindingsPanel extends Div {

    private final Div rows = new Div();
    private final Paragraph summary = new Paragraph();

    FindingsPanel(String id) {
        setId(id);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5);
        H3 heading = new H3(getTranslation("findings.heading"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        summary.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        rows.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(heading, summary, rows);
    }

    void show(List<Finding> findings) {
        rows.removeAll();
        long blocking = findings.stream().filter(Finding::blocking).count();
        summary.setText(findings.isEmpty() ? getTranslation("findings.none")
                : getTranslation("findings.summary", blocking, findings.size() - blocking));
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            int n = seen.merge(f.article(), 1, Integer::sum);
            rows.add(row(f, "finding-" + f.article().replace('.', '-') + (n == 1 ? "" : "_" + n)));
        }
    }

    private Div row(Finding finding, String id) {
        boolean english = "en".equals(getLocale().getLanguage());
        Span badge = ArticleBadge.of(finding.article(), english);
        badge.getElement().getThemeList().add(finding.blocking() ? "error" : "warning");
        badge.removeClassName(LumoUtility.Background.CONTRAST_10);
        badge.addClassNames(finding.blocking() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.WARNING,
                finding.blocking() ? LumoUtility.Background.ERROR_10 : LumoUtility.Background.WARNING_10);
        Span severity = new Span(getTranslation("findings.severity." + finding.severity().name()));
        severity.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.FontWeight.SEMIBOLD,
                finding.blocking() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.WARNING);
        Span message = new Span(english ? finding.messageEn() : finding.messageZh());
        message.addClassNames(LumoUtility.FontSize.SMALL);
        Div row = new Div(badge, severity, message);
        row.setId(id);
        row.getElement().setAttribute("data-severity", finding.severity().name());
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Padding.Vertical.XSMALL,
                LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        return row;
    }
}

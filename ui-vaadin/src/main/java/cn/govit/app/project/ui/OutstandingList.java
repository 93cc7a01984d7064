package cn.govit.app.project.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.core.rules.Finding;

/**
 * 尚需 — what the articles still ask before a step could be taken today, such as an authority's opinion
 * (第八条第（十）项) or a finding of the application, shown under the step's button and atop its dialog so
 * the officer knows before filling anything in. Hidden when nothing is outstanding.
 */
class OutstandingList extends Div {

    OutstandingList(String id, List<Finding> outstanding) {
        setId(id);
        setVisible(!outstanding.isEmpty());
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.FontSize.SMALL);
        boolean english = "en".equals(getLocale().getLanguage());
        Span heading = new Span(getTranslation("step.outstanding"));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.WARNING);
        add(heading);
        for (Finding finding : outstanding) {
            Span message = new Span(english ? finding.messageEn() : finding.messageZh());
            Div row = new Div(ArticleBadge.of(finding.article(), english), message);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                    LumoUtility.AlignItems.BASELINE);
            add(row);
        }
    }
}

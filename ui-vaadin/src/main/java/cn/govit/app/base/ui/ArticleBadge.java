package cn.govit.app.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.core.rules.Article;

/** "R8.4 · 第八条第（四）项" — the rule code and the article as the reader cites it, wherever a view names one. */
public final class ArticleBadge {

    private ArticleBadge() {
    }

    public static Span of(String article, boolean english) {
        Span badge = new Span(article + " · " + (english ? Article.en(article) : Article.zh(article)));
        badge.getElement().getThemeList().add("badge");
        badge.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Padding.Horizontal.SMALL,
                LumoUtility.BorderRadius.SMALL, LumoUtility.Background.CONTRAST_10, LumoUtility.Whitespace.NOWRAP);
        return badge;
    }
}

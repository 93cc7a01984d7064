package cn.govit.app.base.ui;

import java.util.List;
import java.util.Locale;

import cn.govit.core.rules.Finding;
import cn.govit.core.shared.Texts;
import cn.govit.core.web.ApiProblem;

/** A refusal of the core services as the officer reads it: the message, and the findings that caused it. */
public final class ProblemText {

    private ProblemText() {
    }

    /** The message in the UI language, with the article that refused it where there is one. */
    public static String of(ApiProblem problem, Locale locale) {
        String text = Texts.get(locale, problem.messageKey(), problem.args());
        return problem.article() == null ? text : text + " [" + problem.article() + "]";
    }

    public static List<Finding> findings(ApiProblem problem) {
        return problem.properties().get("findings") instanceof List<?> list
                ? list.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList()
                : List.of();
    }
}

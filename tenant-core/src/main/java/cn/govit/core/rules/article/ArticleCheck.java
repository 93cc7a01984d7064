package cn.govit.core.rules.article;

import java.util.List;
import java.util.Set;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleSet;

/** One article's check of an application; adds its findings, if any. */
public interface ArticleCheck {

    void check(Application application, RuleSet rules, Set<String> cloudOfferings, List<Finding> findings);

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

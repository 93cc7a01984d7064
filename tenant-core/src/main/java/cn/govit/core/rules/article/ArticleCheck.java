package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.CheckContext;

/** One article's check of an application; adds its findings, if any. */
public interface ArticleCheck {

    void check(Application application, CheckContext context, List<Finding> findings);

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

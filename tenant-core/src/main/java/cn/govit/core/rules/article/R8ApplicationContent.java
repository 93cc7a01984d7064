package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/** Art. 8: the plan states its background and basis, technical solution and competent department. */
public final class R8ApplicationContent implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (blank(a.background())) {
            findings.add(Finding.of("R8", Severity.BLOCKING, "background", "R8.background"));
        }
        if (blank(a.technicalSolution())) {
            findings.add(Finding.of("R8", Severity.BLOCKING, "technicalSolution", "R8.technicalSolution"));
        }
        if (blank(a.competentDepartment())) {
            findings.add(Finding.of("R8", Severity.BLOCKING, "competentDepartment", "R8.competentDepartment"));
        }
        if (a.construction() && a.constructionType() == null) {
            findings.add(Finding.of("R8", Severity.BLOCKING, "constructionType", "R8.constructionType"));
        }
    }
}

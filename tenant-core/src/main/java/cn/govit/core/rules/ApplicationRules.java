package cn.govit.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.article.ArticleCheck;
import cn.govit.core.rules.article.R8_10SecurityOpinions;
import cn.govit.core.rules.article.R8_11CivilWorks;
import cn.govit.core.rules.article.R8_1NoMachineRoomOrHardware;
import cn.govit.core.rules.article.R8_2GovExtranet;
import cn.govit.core.rules.article.R8_3DataSharing;
import cn.govit.core.rules.article.R8_4QuantitativeGoals;
import cn.govit.core.rules.article.R8_5BudgetAndFreeOm;
import cn.govit.core.rules.article.R8_6CrossBoundary;
import cn.govit.core.rules.article.R8_7OmInventory;
import cn.govit.core.rules.article.R8_8NonItContent;
import cn.govit.core.rules.article.R8_9UpwardApplication;
import cn.govit.core.rules.article.R8ApplicationContent;
import cn.govit.core.rules.article.R9PlanYear;

/**
 * Judges a project application against a tenant's rule set (Art. 8, 9): blocking findings stop
 * submission, warnings are shown. Plain code, one class per article.
 */
public final class ApplicationRules {

    private static final List<ArticleCheck> CHECKS = List.of(new R8ApplicationContent(),
            new R8_1NoMachineRoomOrHardware(), new R8_2GovExtranet(), new R8_3DataSharing(),
            new R8_4QuantitativeGoals(), new R8_5BudgetAndFreeOm(), new R8_6CrossBoundary(), new R8_7OmInventory(),
            new R8_8NonItContent(), new R8_9UpwardApplication(), new R8_10SecurityOpinions(), new R8_11CivilWorks(),
            new R9PlanYear());

    private ApplicationRules() {
    }

    public static List<Finding> check(Application application, CheckContext context) {
        if (application.classified()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ArticleCheck check : CHECKS) {
            check.check(application, context, findings);
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }
}

package cn.govit.core.lifecycle.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import cn.govit.core.lifecycle.ArticleTimeLimit;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepHistory;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * 第十九条 — during construction the competent department reports every month: the report of the month
 * of the last report (or of the start of construction) is due on the rule set's day of the next month.
 */
@Component
public class R19MonthlyReport extends ArticleTimeLimit {

    public R19MonthlyReport() {
        super("R19", LifecycleAction.SUBMIT_MONTHLY_REPORT, ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SECURITY_ASSESSED,
                ProjectStatus.INITIAL_ACCEPTED, ProjectStatus.RECTIFICATION);
    }

    @Override
    public Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference) {
        return history.last(LifecycleAction.SUBMIT_MONTHLY_REPORT, LifecycleAction.START_CONSTRUCTION)
                .map(since -> new Window(null, YearMonth.from(since.occurredOn()).plusMonths(1)
                        .atDay(rulesOn.apply(since.occurredOn()).integer(RuleParameter.R19_MONTHLY_REPORT_DUE_DAY))));
    }
}

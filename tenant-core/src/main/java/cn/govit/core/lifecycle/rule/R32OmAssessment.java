package cn.govit.core.lifecycle.rule;

import java.time.LocalDate;
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
 * 第三十二条 — every year the owner assesses its system's O&amp;M and reports by 20 December, the basis of
 * next year's O&amp;M funds. Once this year's report is in, the clock waits for next year.
 */
@Component
public class R32OmAssessment extends ArticleTimeLimit {

    public R32OmAssessment() {
        super("R32", LifecycleAction.SUBMIT_OM_ASSESSMENT, ProjectStatus.OPERATION_MAINTENANCE);
    }

    @Override
    public Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference) {
        if (history.takenIn(LifecycleAction.SUBMIT_OM_ASSESSMENT, reference.getYear())) {
            return Optional.empty();
        }
        return Optional.of(new Window(null, rulesOn.apply(reference).monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE)
                .atYear(reference.getYear())));
    }
}

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

/** 第二十七条 — the acceptance documents reach the bureau within half a month (15 days) of the final acceptance. */
@Component
public class R27AcceptanceFiling extends ArticleTimeLimit {

    public R27AcceptanceFiling() {
        super("R27", LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, ProjectStatus.FINAL_ACCEPTED);
    }

    @Override
    public Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference) {
        return history.last(LifecycleAction.PASS_FINAL_ACCEPTANCE).map(accepted -> new Window(null,
                accepted.occurredOn().plusDays(rulesOn.apply(accepted.occurredOn())
                        .integer(RuleParameter.R27_ACCEPTANCE_DOCUMENTS_DAYS))));
    }
}

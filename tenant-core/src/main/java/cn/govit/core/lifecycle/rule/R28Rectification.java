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

/** 第二十八条 — a project that failed its acceptance is rectified within three months and accepted again. */
@Component
public class R28Rectification extends ArticleTimeLimit {

    public R28Rectification() {
        super("R28", LifecycleAction.PASS_FINAL_ACCEPTANCE, ProjectStatus.RECTIFICATION);
    }

    @Override
    public Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference) {
        return history.last(LifecycleAction.FAIL_FINAL_ACCEPTANCE).map(failed -> new Window(null,
                failed.occurredOn().plusMonths(rulesOn.apply(failed.occurredOn())
                        .integer(RuleParameter.R28_RECTIFICATION_MONTHS))));
    }
}

package cn.govit.core.lifecycle.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.govit.core.lifecycle.ArticleTimeLimit;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepHistory;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第三十条 — the owner evaluates its project itself 3 to 6 months after it went into operation: not
 * before the window opens, late after it closes.
 */
@Component
public class R30SelfEvaluation extends ArticleTimeLimit implements StepPrecondition {

    public R30SelfEvaluation() {
        super("R30", LifecycleAction.SUBMIT_SELF_EVALUATION, ProjectStatus.IN_OPERATION);
    }

    @Override
    public Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference) {
        return history.last(LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS).map(live -> {
            RuleSet rules = rulesOn.apply(live.occurredOn());
            return new Window(live.occurredOn().plusMonths(rules.integer(RuleParameter.R30_SELF_EVALUATION_FROM_MONTHS)),
                    live.occurredOn().plusMonths(rules.integer(RuleParameter.R30_SELF_EVALUATION_TO_MONTHS)));
        });
    }

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != metBy()) {
            return;
        }
        window(step.history(), step.rulesOn(), step.on())
                .filter(w -> step.on().isBefore(w.opensOn()))
                .ifPresent(w -> blocking.add(Finding.of("R30", Severity.BLOCKING, "occurredOn", "R30.tooEarly",
                        w.opensOn().toString())));
    }
}

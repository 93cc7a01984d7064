package cn.govit.core.lifecycle.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepHistory;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第八条 — an application the owner unit submitted (报送) is withdrawn only while nobody has acted on it: the
 * submission is still the last step and no authority has recorded an opinion since. After that it is the
 * procedure's; the competent department or the bureau may return it for revision instead (Art. 10).
 */
@Component
public class R8Withdrawal implements StepPrecondition {

    private static final Set<LifecycleAction> SUBMISSIONS = Set.of(LifecycleAction.SUBMIT, LifecycleAction.RESUBMIT);

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.WITHDRAW) {
            return;
        }
        List<StepHistory.Taken> taken = step.history().steps();
        Optional<StepHistory.Taken> submission = taken.isEmpty() ? Optional.empty()
                : Optional.of(taken.getLast()).filter(t -> SUBMISSIONS.contains(t.action()));
        boolean opinionSince = submission.isPresent() && step.opinions().values().stream()
                .anyMatch(o -> submission.get().recordedAt() == null
                        || !o.recordedAt().isBefore(submission.get().recordedAt()));
        if (submission.isEmpty() || opinionSince) {
            blocking.add(Finding.of("R8", Severity.BLOCKING, "action", "step.withdrawTouched"));
        }
    }
}

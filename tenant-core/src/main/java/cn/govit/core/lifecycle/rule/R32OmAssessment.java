package cn.govit.core.lifecycle.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepHistory;
import cn.govit.core.lifecycle.TimeLimit;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * 第三十二条 — every year the owner assesses its system's O&amp;M and reports by 20 December, the basis of
 * next year's O&amp;M funds. Once this year's report is in, the clock waits for next year.
 */
@Component
public class R32OmAssessment implements TimeLimit {

    @Override
    public String article() {
        return "R32";
    }

    @Override
    public Set<ProjectStatus> runsIn() {
        return EnumSet.of(ProjectStatus.OPERATION_MAINTENANCE);
    }

    @Override
    public LifecycleAction metBy() {
        return LifecycleAction.SUBMIT_OM_ASSESSMENT;
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

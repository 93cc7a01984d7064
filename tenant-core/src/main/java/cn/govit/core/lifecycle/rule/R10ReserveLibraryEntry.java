package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import cn.govit.core.lifecycle.StepPrecondition;
import org.springframework.stereotype.Component;

/**
 * 第十条 — “凡集中评审通过且取得项目建设意见书或纳入政府投资年度计划的，纳入市信息化项目储备库”: a passed
 * review alone does not open the reserve library; the project also needs the bureau's 项目建设意见书 or the
 * NDRC's record that it is in the government-investment annual plan. The review itself is
 * {@link R10TechnicalReview}'s.
 */
@Component
public class R10ReserveLibraryEntry implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.PASS_REVIEW) {
            return;
        }
        if (!consents(step, OpinionKind.CONSTRUCTION_OPINION_LETTER)
                && !consents(step, OpinionKind.GOVERNMENT_INVESTMENT_PLAN)) {
            blocking.add(Finding.of("R10", Severity.BLOCKING, "opinions." + OpinionKind.CONSTRUCTION_OPINION_LETTER,
                    "R10.reserveEntry"));
        }
    }

    private static boolean consents(StepContext step, OpinionKind kind) {
        OpinionView opinion = step.opinions().get(kind);
        return opinion != null && opinion.positive();
    }
}

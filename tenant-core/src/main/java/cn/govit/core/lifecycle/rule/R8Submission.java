package cn.govit.core.lifecycle.rule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第八条 — an application is submitted only complete: no blocking finding of the articles of Art. 8
 * and 9, and, for a government-investment project, the application form the owner unit sends to the
 * NDRC (项目申请表). The construction (O&amp;M) plan itself is a required document of the step.
 */
@Component
public class R8Submission implements StepPrecondition {

    private static final Set<LifecycleAction> SUBMISSIONS = Set.of(LifecycleAction.SUBMIT, LifecycleAction.RESUBMIT);

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (!SUBMISSIONS.contains(step.action())) {
            return;
        }
        step.applicationFindings().stream().filter(Finding::blocking).forEach(blocking::add);
        if (step.application().governmentInvestment() && !step.documents().contains(DocumentType.NDRC_APPLICATION_FORM)) {
            blocking.add(Finding.of("R8", Severity.BLOCKING, "documentIds", "step.documentMissing",
                    DocumentType.NDRC_APPLICATION_FORM.label(Locale.SIMPLIFIED_CHINESE),
                    DocumentType.NDRC_APPLICATION_FORM.label(Locale.ENGLISH)));
        }
    }
}

package cn.govit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第四十条 — the city supervises what each district decided: every committed step and opinion reaches the
 * platform's audit log with who, what and which tenant; a refused step leaves no trace there.
 */
class DecisionAuditTest extends LifecycleIntegrationTest {

    @Autowired
    private PlatformAuditLog audit;

    @Test
    void R40_stepsAndOpinionsAreAuditedForTheirTenantAndRefusalsAreNot() {
        String id = donghu.projectAt("东湖区审计留痕项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R10");

        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.PASS_REVIEW, null);

        var entries = audit.forTenant("donghu").stream().filter(e -> e.detail().startsWith(id)).toList();
        assertThat(entries).extracting(PlatformAuditLog.Entry::action)
                .containsExactly("PROJECT_STEP", "PROJECT_STEP", "OPINION_ISSUED", "OPINION_ISSUED", "PROJECT_STEP");
        assertThat(entries.get(2).actor()).isEqualTo("dh-bureau");
        assertThat(entries.get(2).detail()).contains("TECHNICAL_REVIEW", "APPROVED");
        assertThat(entries.get(4).detail()).contains("PASS_REVIEW", "UNDER_REVIEW→RESERVE");
        assertThat(audit.forTenant("xihu")).noneMatch(e -> e.detail() != null && e.detail().startsWith(id));
    }
}

package cn.govit.core.audit;

import cn.govit.core.authority.OpinionIssued;
import cn.govit.core.lifecycle.ProjectStepTaken;
import cn.govit.core.project.DraftDeleted;
import cn.govit.core.tenancy.PlatformAuditLog;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 审计 — every lifecycle step and every authority's opinion, once committed, in the platform's audit
 * log: who decided what on which tenant's project, for the city's supervision (Art. 40). The lifecycle
 * and the authorities do not know this feature; it listens.
 */
@Component
class DecisionAudit {

    private final PlatformAuditLog log;

    DecisionAudit(PlatformAuditLog log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(ProjectStepTaken step) {
        log.record(step.actor(), "PROJECT_STEP", step.tenant(), step.projectId() + " " + step.action() + " "
                + step.from() + "→" + step.to() + " " + step.occurredOn()
                + (step.lateArticle() == null ? "" : " late:" + step.lateArticle()));
    }

    @ApplicationModuleListener
    void on(OpinionIssued opinion) {
        log.record(opinion.issuedBy(), "OPINION_ISSUED", opinion.tenant(), opinion.projectId() + " "
                + opinion.kind() + " " + opinion.verdict() + " " + opinion.opinionId());
    }

    /** Art. 4: an owner unit withdrew its own draft; the record of it stays. */
    @ApplicationModuleListener
    void on(DraftDeleted deleted) {
        log.record(deleted.actor(), "DRAFT_DELETED", deleted.tenant(), deleted.projectId() + " " + deleted.ownerUnit()
                + " " + deleted.title());
    }
}

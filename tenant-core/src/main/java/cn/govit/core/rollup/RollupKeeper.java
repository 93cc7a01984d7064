package cn.govit.core.rollup;

import cn.govit.core.authority.OpinionIssued;
import cn.govit.core.compliance.SanctionsChanged;
import cn.govit.core.inventory.InventoryChanged;
import cn.govit.core.library.LibraryAdjusted;
import cn.govit.core.library.LibraryEntryChanged;
import cn.govit.core.lifecycle.ProjectStepTaken;
import cn.govit.core.project.DraftDeleted;
import cn.govit.core.project.ProjectChanged;
import cn.govit.core.rules.RuleSetPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the city's read model current from each tenant's events: the changed project's row and its tenant's figures
 * are recomputed from that tenant's own data once the change committed, on the thread of the change, for a tenant on
 * the platform's server and one on a server of its own (Art. 39) alike.
 * <p>
 * Issue 10, through an outbox: each event is recorded for each of these listeners in {@code platform.event_publication}
 * (Modulith's registry) as it is published, and the record is deleted when the listener completed. For a tenant on
 * the platform's server the record is written in the change's own transaction; for one on a server of its own it is
 * written on the platform's connection before that commit, so a change that then rolls back leaves a record too.
 * That is safe because every method here is idempotent: it recomputes rows from the tenant's committed data
 * ({@link RollupService} enters the event's tenant itself) and stores nothing of the event but its keys. Whatever
 * stayed incomplete (the process died after the commit, or the refresh failed) {@link RollupOutbox} runs again.
 * No transaction is opened before the tenant is entered: the refresh opens its own, in the event's tenant.
 */
@Component
class RollupKeeper {

    private final RollupService rollup;

    RollupKeeper(RollupService rollup) {
        this.rollup = rollup;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ProjectChanged changed) {
        rollup.refresh(changed.tenant(), changed.projectId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ProjectStepTaken step) {
        rollup.refresh(step.tenant(), step.projectId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DraftDeleted deleted) {
        rollup.refresh(deleted.tenant(), deleted.projectId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OpinionIssued opinion) {
        rollup.refresh(opinion.tenant(), opinion.projectId());
    }

    /** The library keeper follows the lifecycle's steps after they committed; its entries come after the step's row. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LibraryEntryChanged entry) {
        rollup.refresh(entry.tenant(), entry.projectId());
    }

    /** Art. 9: the yearly adjustment moves many projects at once. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LibraryAdjusted adjusted) {
        rollup.rebuildTenant(adjusted.tenant());
    }

    /**
     * Art. 33: the unit's projects turn red or back, the tenant's count of sanctions in force changes, and the unit's
     * sanction flag with it.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SanctionsChanged changed) {
        rollup.refreshUnit(changed.tenant(), changed.ownerUnit());
    }

    /** Art. 33, 40: a system registered, changed, reported migrated or verified, or a district cloud recorded. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InventoryChanged changed) {
        rollup.refreshInventory(changed.tenantCode());
    }

    /** Art. 41: the tenant's differences from the city; the city's baseline changes every district's. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RuleSetPublished published) {
        rollup.ruleSetPublished(published.tenant());
    }
}

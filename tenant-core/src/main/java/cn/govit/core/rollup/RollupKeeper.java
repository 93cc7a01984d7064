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

/**
 * Keeps the city's read model current from each tenant's events: the changed project's row and its tenant's figures
 * are recomputed from that tenant's own data, once the change committed, on the thread and in the tenant of the
 * change — within the request that made it, for a tenant on the platform's server and one on a server of its own
 * (Art. 39) alike. Should the application stop between the commit and this, the row stays as it was until the
 * next change of the project or {@link RollupService#rebuild()}, which recomputes everything.
 */
@Component
class RollupKeeper {

    private final RollupService rollup;

    RollupKeeper(RollupService rollup) {
        this.rollup = rollup;
    }

    @ApplicationModuleListener
    void on(ProjectChanged changed) {
        rollup.refresh(changed.tenant(), changed.projectId());
    }

    @ApplicationModuleListener
    void on(ProjectStepTaken step) {
        rollup.refresh(step.tenant(), step.projectId());
    }

    @ApplicationModuleListener
    void on(DraftDeleted deleted) {
        rollup.refresh(deleted.tenant(), deleted.projectId());
    }

    @ApplicationModuleListener
    void on(OpinionIssued opinion) {
        rollup.refresh(opinion.tenant(), opinion.projectId());
    }

    /** The library keeper follows the lifecycle's steps after they committed; its entries come after the step's row. */
    @ApplicationModuleListener
    void on(LibraryEntryChanged entry) {
        rollup.refresh(entry.tenant(), entry.projectId());
    }

    /** Art. 9: the yearly adjustment moves many projects at once. */
    @ApplicationModuleListener
    void on(LibraryAdjusted adjusted) {
        rollup.rebuildCurrentTenant();
    }

    /**
     * Art. 33: the unit's projects turn red or back, the tenant's count of sanctions in force changes, and the unit's
     * sanction flag with it.
     */
    @ApplicationModuleListener
    void on(SanctionsChanged changed) {
        rollup.refreshUnit(changed.tenant(), changed.ownerUnit());
    }

    /** Art. 33, 40: a system registered, changed, reported migrated or verified, or a district cloud recorded. */
    @ApplicationModuleListener
    void on(InventoryChanged changed) {
        rollup.refreshInventory(changed.tenantCode());
    }

    /** Art. 41: the tenant's differences from the city; the city's baseline changes every district's. */
    @ApplicationModuleListener
    void on(RuleSetPublished published) {
        rollup.ruleSetPublished(published.tenant());
    }
}

/**
 * 合规 — sanctions on owner units (Art. 33): proposed by the bureau on the unit's computed compliance (inventory),
 * in force on the city government's consent, lifted once the unit complies; publishes
 * {@link cn.govit.core.compliance.SanctionsChanged} on every change.
 */
@ApplicationModule(displayName = "compliance", allowedDependencies = {"inventory", "unit", "security", "shared",
        "tenancy", "web"})
package cn.govit.core.compliance;

import org.springframework.modulith.ApplicationModule;

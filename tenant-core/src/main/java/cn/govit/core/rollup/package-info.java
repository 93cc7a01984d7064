/**
 * 市级汇总 — the city's read model of every tenant's projects and owner units (Art. 33, 40), kept from each
 * tenant's events and rebuilt from the tenant schemas on command, and the read-only, audited supervision API on it.
 */
@ApplicationModule(displayName = "rollup", allowedDependencies = {"project", "lifecycle", "library", "compliance",
        "inventory", "rules", "authority", "application", "security", "shared", "tenancy", "web"})
package cn.govit.core.rollup;

import org.springframework.modulith.ApplicationModule;

/** 规则 — the rule parameters, each tenant's versioned rule set, one check class per article of Art. 8–9. */
@ApplicationModule(displayName = "rules", allowedDependencies = {"application", "shared", "security", "web", "tenancy"})
package cn.govit.core.rules;

import org.springframework.modulith.ApplicationModule;

/** 合规 — sanctions on owner units (Art. 33). */
@ApplicationModule(displayName = "compliance", allowedDependencies = {"security", "shared", "tenancy", "web"})
package cn.govit.core.compliance;

import org.springframework.modulith.ApplicationModule;

/** 审计 — the decisions of the lifecycle and of the authorities, recorded as they are committed. */
@ApplicationModule(displayName = "audit", allowedDependencies = {"lifecycle", "authority", "project", "tenancy"})
package cn.govit.core.audit;

import org.springframework.modulith.ApplicationModule;

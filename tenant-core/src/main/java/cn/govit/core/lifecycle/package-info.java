/** 生命周期 — the state machine and one rule class per article; publishes ProjectStepTaken, knows none of its listeners. */
@ApplicationModule(displayName = "lifecycle", allowedDependencies = {"project", "rules", "documents", "authority", "compliance", "application", "security", "shared", "tenancy", "web"})
package cn.govit.core.lifecycle;

import org.springframework.modulith.ApplicationModule;

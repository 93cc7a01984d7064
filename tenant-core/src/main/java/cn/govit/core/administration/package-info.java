/**
 * 租户管理 — the platform administrator's side of tenants (suspend, resume, the tree by hierarchy, the audit
 * of admin actions) and the guard that keeps a suspended tenant read-only.
 */
@ApplicationModule(displayName = "administration", allowedDependencies = {"tenancy", "security", "web", "shared"})
package cn.govit.core.administration;

import org.springframework.modulith.ApplicationModule;

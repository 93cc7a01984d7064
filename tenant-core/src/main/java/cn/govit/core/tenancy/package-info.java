/** 租户 — who the current tenant is, the registry, per-schema migrations; the only package that knows schemas. */
@ApplicationModule(displayName = "tenancy", allowedDependencies = {"shared"})
package cn.govit.core.tenancy;

import org.springframework.modulith.ApplicationModule;

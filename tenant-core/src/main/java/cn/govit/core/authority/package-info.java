/** 职能部门 — the authorities of Art. 4 and their opinions (意见) on projects. */
@ApplicationModule(displayName = "authority", allowedDependencies = {"project", "documents", "rules", "security", "shared", "tenancy", "web"})
package cn.govit.core.authority;

import org.springframework.modulith.ApplicationModule;

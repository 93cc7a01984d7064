/** 项目 — the registry of applications, their findings and history. */
@ApplicationModule(displayName = "project", allowedDependencies = {"application", "rules", "catalogue", "compliance", "security", "shared", "tenancy", "unit", "web"})
package cn.govit.core.project;

import org.springframework.modulith.ApplicationModule;

/**
 * 项目建设（业主）单位名录 — the owner units of the tenant (Art. 4: the owner unit is the subject of a project's
 * construction; Art. 8: it files the application). The unit's name is the key other modules use.
 */
@ApplicationModule(displayName = "unit", allowedDependencies = {"security", "shared", "tenancy", "web"})
package cn.govit.core.unit;

import org.springframework.modulith.ApplicationModule;

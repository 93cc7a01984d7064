/**
 * 开放数据 — the platform's own data-sharing interface (第十六条、第三十三条、第三十九条): the tenant's project catalogue
 * (项目目录) as a versioned JSON API with its OpenAPI document, and as CSV and Excel exports.
 */
@ApplicationModule(displayName = "opendata", allowedDependencies = {"project", "plan", "application", "shared", "tenancy", "web"})
package cn.govit.core.opendata;

import org.springframework.modulith.ApplicationModule;

/**
 * 开放数据 — the platform's own data-sharing interface (第十六条、第三十三条、第三十九条): the tenant's project catalogue
 * (项目目录) and information-resource catalogue (信息资源目录) as a versioned JSON API with its OpenAPI document, and
 * as CSV and Excel exports; for the city, every district's projects from the roll-up's read model.
 */
@ApplicationModule(displayName = "opendata", allowedDependencies = {"project", "plan", "application", "inventory", "rollup", "shared", "tenancy", "web"})
package cn.govit.core.opendata;

import org.springframework.modulith.ApplicationModule;

/**
 * 年度计划 — the 大数据与数字经济领导小组's meetings on the reserve library's projects, its decisions per project
 * and the annual plan they make with the fund arrangement of the finance bureau (Art. 4, 6, 12). An include
 * decision takes the lifecycle's own step into the annual plan, which knows nothing of this feature; the
 * feature's precondition refuses that step without such a decision.
 */
@ApplicationModule(displayName = "plan", allowedDependencies = {"lifecycle", "documents", "project", "rules", "security", "shared", "tenancy", "web"})
package cn.govit.core.plan;

import org.springframework.modulith.ApplicationModule;

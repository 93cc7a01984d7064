/** 审批服务流程图 — the approval flowchart drawn from a tenant's rules. */
@ApplicationModule(displayName = "flowchart", allowedDependencies = {"project", "lifecycle", "rules", "shared", "tenancy"})
package cn.govit.core.flowchart;

import org.springframework.modulith.ApplicationModule;

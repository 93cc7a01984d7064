package cn.govit.core.administration;

import java.util.List;

import cn.govit.core.tenancy.Tenant;

/** A tenant in the tree by hierarchy, with the tenants below it. */
public record TenantNode(Tenant tenant, List<TenantNode> children) {
}

package cn.govit.core.administration;

/** How many tenants are in each state. */
public record TenantCounts(int total, int active, int suspended, int pending) {
}

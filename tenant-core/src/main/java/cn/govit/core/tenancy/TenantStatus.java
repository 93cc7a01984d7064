package cn.govit.core.tenancy;

/** 租户状态 */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}

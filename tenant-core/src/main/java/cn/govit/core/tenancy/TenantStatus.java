package cn.govit.core.tenancy;

/** 租户状态 */
public enum TenantStatus {
    /** 开通中: registered, its onboarding steps not yet all done; nobody works in it. */
    PENDING,
    /** 正常 */
    ACTIVE,
    /** 已暂停: its users read, they change nothing. */
    SUSPENDED,
    /** 已注销: schema and Keycloak organization removed after a verified export; the row is the tombstone. */
    OFFBOARDED;

    /** Whether requests of the tenant's users are served (read-only when suspended). */
    public boolean serves() {
        return this == ACTIVE || this == SUSPENDED;
    }
}

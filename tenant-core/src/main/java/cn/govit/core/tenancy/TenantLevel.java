package cn.govit.core.tenancy;

/** 租户类别 — the kind of administrative level a tenant is (Art. 38–41: 县（区）、开发区 under the city). */
public enum TenantLevel {
    /** 市级 */
    CITY,
    /** 县 */
    COUNTY,
    /** 区 */
    DISTRICT,
    /** 开发区 */
    DEVELOPMENT_ZONE,
    /** 管理局 — e.g. 湾里管理局, which replaced 湾里区 in 2019 */
    ADMINISTRATIVE_BUREAU
}

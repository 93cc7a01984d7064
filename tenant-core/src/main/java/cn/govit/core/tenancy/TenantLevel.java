package cn.govit.core.tenancy;

/** 行政层级 — the level a tenant administers. */
public enum TenantLevel {
    /** 市级 */
    CITY,
    /** 县 */
    COUNTY,
    /** 区 */
    DISTRICT,
    /** 开发区 */
    DEVELOPMENT_ZONE
}

package cn.govit.core.tenancy;

import java.time.OffsetDateTime;

/**
 * 租户 — one administrative level that runs its own project pipeline (the city, a county, district,
 * development zone or administrative bureau; Art. 41 lets each issue its own local measures).
 *
 * @param code         stable tenant code, also the Keycloak organization alias
 * @param nameZh       official Chinese name, e.g. 南昌高新技术产业开发区
 * @param nameEn       English name
 * @param level        kind of administrative level
 * @param schemaName   PostgreSQL schema that holds the tenant's data
 * @param status       whether the tenant may work
 * @param createdAt    when it was registered
 * @param shortName    简称, e.g. 高新区; null when the official name is short already
 * @param parentCode   the tenant above it (the city for a district); null for the top
 * @param divisionCode 行政区划代码, six digits; null where none is assigned
 * @param databaseUrl  JDBC URL of the PostgreSQL server that holds the schema when it is not the platform's
 *                     (Art. 39, 市县区分级部署); null = the platform database
 */
public record Tenant(String code, String nameZh, String nameEn, TenantLevel level, String schemaName,
                     TenantStatus status, OffsetDateTime createdAt, String shortName, String parentCode,
                     String divisionCode, String databaseUrl) {

    public Tenant(String code, String nameZh, String nameEn, TenantLevel level, String schemaName,
                  TenantStatus status, OffsetDateTime createdAt) {
        this(code, nameZh, nameEn, level, schemaName, status, createdAt, null, null, null, null);
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    public boolean suspended() {
        return status == TenantStatus.SUSPENDED;
    }
}

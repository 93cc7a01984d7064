package cn.govit.core.tenancy;

import java.time.OffsetDateTime;

/**
 * 租户 — one administrative level that runs its own project pipeline (the city, a county, district
 * or development zone; Art. 41 lets each issue its own local measures).
 *
 * @param code       stable tenant code, also the Keycloak organization alias
 * @param nameZh     official Chinese name, e.g. 东湖区
 * @param nameEn     English name
 * @param level      administrative level
 * @param schemaName PostgreSQL schema that holds the tenant's data
 * @param status     whether the tenant may work
 * @param createdAt  when it was onboarded
 */
public record Tenant(String code, String nameZh, String nameEn, TenantLevel level, String schemaName,
                     TenantStatus status, OffsetDateTime createdAt) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}

package cn.govit.provisioning.onboarding;

import java.time.OffsetDateTime;

import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantStatus;

/** The onboarded tenant, the same however often onboarding is repeated. */
public record TenantOnboarded(String code, String nameZh, String nameEn, String shortName, TenantLevel level,
                              String parentCode, String divisionCode, String schemaName, TenantStatus status,
                              String keycloakOrganizationId, String adminUsername, OffsetDateTime createdAt) {

    static TenantOnboarded of(Tenant t, String organizationId, String adminUsername) {
        return new TenantOnboarded(t.code(), t.nameZh(), t.nameEn(), t.shortName(), t.level(), t.parentCode(),
                t.divisionCode(), t.schemaName(), t.status(), organizationId, adminUsername, t.createdAt());
    }
}

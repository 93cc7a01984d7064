package cn.govit.provisioning.onboarding;

import java.util.List;

import cn.govit.core.security.Role;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantCode;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import org.springframework.stereotype.Service;

/**
 * Onboarding of a tenant: Keycloak organization and its first admin, then the tenant schema with
 * migrations, then the registry row — the row last, so the app only ever sees complete tenants.
 * Every step finds before it creates: repeating a call, also after a partial failure, completes it.
 */
@Service
public class TenantOnboardingService {

    /** Realm roles of a tenant's first administrator. */
    static final List<String> ADMIN_ROLES = List.of(Role.TENANT_ADMIN.realmName());

    private final OrganizationDirectory directory;
    private final TenantRegistry registry;
    private final PlatformAuditLog audit;

    TenantOnboardingService(OrganizationDirectory directory, TenantRegistry registry, PlatformAuditLog audit) {
        this.directory = directory;
        this.registry = registry;
        this.audit = audit;
    }

    /** Result and whether this call created the tenant. */
    public record Outcome(TenantOnboarded tenant, boolean created) {
    }

    public Outcome onboard(OnboardTenantRequest request, String actor) {
        String code = TenantCode.validate(request.code());
        String adminUsername = request.adminUsernameOrDefault();
        String organizationId = directory.ensureOrganization(code, request.nameZh(),
                request.nameEn() == null ? request.nameZh() : request.nameEn());
        directory.ensureMember(organizationId, adminUsername, request.adminPassword(),
                request.adminPasswordTemporary() == null || request.adminPasswordTemporary(), ADMIN_ROLES);
        TenantRegistry.Onboarding onboarding = registry.onboard(code, request.nameZh(), request.nameEn(), request.level());
        if (onboarding.created()) {
            audit.record(actor, "TENANT_ONBOARDED", code,
                    "organization=" + organizationId + ", admin=" + adminUsername + ", schema=" + onboarding.tenant().schemaName());
        }
        return new Outcome(TenantOnboarded.of(onboarding.tenant(), organizationId, adminUsername), onboarding.created());
    }

    public List<TenantOnboarded> list() {
        return registry.all().stream()
                .map(t -> TenantOnboarded.of(t,
                        directory.findOrganization(t.code()).map(o -> o.getId()).orElse(null), null))
                .toList();
    }
}

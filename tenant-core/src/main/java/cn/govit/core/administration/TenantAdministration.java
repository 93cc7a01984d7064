package cn.govit.core.administration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 租户管理 — what the platform administrator does with tenants that needs no Keycloak administration:
 * the tree of tenants with their state, suspension and resumption, the onboarding progress and the audit.
 * The city's supervisors see the state of every tenant (Art. 40), nothing more. Nobody here reads a
 * tenant's projects.
 */
@Service
public class TenantAdministration {

    static final String ARTICLE = "第四十条";

    private final TenantRegistry registry;
    private final OnboardingLog onboarding;
    private final PlatformAuditLog audit;

    TenantAdministration(TenantRegistry registry, OnboardingLog onboarding, PlatformAuditLog audit) {
        this.registry = registry;
        this.onboarding = onboarding;
        this.audit = audit;
    }

    /** Tenants as a forest by parent, each level in division-code order; only those matching {@code query} and their ancestors. */
    public List<TenantNode> tree(String query) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN, Role.CITY_SUPERVISOR);
        List<Tenant> all = registry.all();
        Map<String, Tenant> byCode = new LinkedHashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        Predicate<Tenant> matches = matcher(query);
        Set<String> shown = new java.util.HashSet<>();
        for (Tenant t : all) {
            if (matches.test(t)) {
                for (Tenant up = t; up != null && shown.add(up.code()); up = up.parentCode() == null ? null : byCode.get(up.parentCode())) {
                    // the ancestors of a match are shown so the match sits where it belongs
                }
            }
        }
        Map<String, List<Tenant>> children = new LinkedHashMap<>();
        List<Tenant> roots = new ArrayList<>();
        for (Tenant t : all) {
            if (!shown.contains(t.code())) {
                continue;
            }
            if (t.parentCode() == null || !byCode.containsKey(t.parentCode())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t);
            }
        }
        return nodes(roots, children);
    }

    public TenantCounts counts() {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN, Role.CITY_SUPERVISOR);
        List<Tenant> all = registry.all();
        return new TenantCounts(all.size(), count(all, TenantStatus.ACTIVE), count(all, TenantStatus.SUSPENDED),
                count(all, TenantStatus.PENDING));
    }

    /** 暂停: the tenant's users keep reading, every change is refused until it is resumed. */
    public Tenant suspend(String code, String reason) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "tenant.suspend.reasonRequired", null, "reason");
        }
        Tenant tenant = existing(code);
        if (!registry.changeStatus(code, TenantStatus.ACTIVE, TenantStatus.SUSPENDED)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.suspend.notActive", null, null, tenant.nameZh());
        }
        audit.record(CurrentUser.name(), "TENANT_SUSPENDED", code, reason.strip());
        return existing(code);
    }

    /** 恢复: the suspended tenant works again. */
    public Tenant resume(String code) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        Tenant tenant = existing(code);
        if (!registry.changeStatus(code, TenantStatus.SUSPENDED, TenantStatus.ACTIVE)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.resume.notSuspended", null, null, tenant.nameZh());
        }
        audit.record(CurrentUser.name(), "TENANT_RESUMED", code, "恢复正常办理");
        return existing(code);
    }

    /** The recorded state of each onboarding step of the tenant. */
    public Map<OnboardingStep, OnboardingLog.StepRecord> progress(String code) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        return onboarding.of(code);
    }

    /** Every admin action, most recent first. */
    public List<PlatformAuditLog.Entry> auditTrail(int limit) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        return audit.latest(limit);
    }

    private Tenant existing(String code) {
        return registry.find(code).orElseThrow(() -> ApiProblem.notFound("tenant.notFound", code));
    }

    private static int count(List<Tenant> all, TenantStatus status) {
        return (int) all.stream().filter(t -> t.status() == status).count();
    }

    private static Predicate<Tenant> matcher(String query) {
        if (query == null || query.isBlank()) {
            return t -> true;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return t -> contains(t.code(), q) || contains(t.nameZh(), q) || contains(t.shortName(), q)
                || contains(t.nameEn(), q) || contains(t.divisionCode(), q);
    }

    private static boolean contains(String value, String q) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    private static List<TenantNode> nodes(List<Tenant> level, Map<String, List<Tenant>> children) {
        return level.stream()
                .sorted(Comparator.comparing((Tenant t) -> t.divisionCode() == null ? "999999" : t.divisionCode())
                        .thenComparing(Tenant::code))
                .map(t -> new TenantNode(t, nodes(children.getOrDefault(t.code(), List.of()), children)))
                .toList();
    }
}

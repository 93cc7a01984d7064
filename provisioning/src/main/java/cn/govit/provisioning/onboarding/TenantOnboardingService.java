package cn.govit.provisioning.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.InvalidTenantException;
import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantCode;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.web.ApiProblem;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import cn.govit.provisioning.keycloak.OrganizationNameTakenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Onboarding of a tenant as recorded steps ({@link OnboardingStep}): registry row (pending), Keycloak
 * organization, first admin, schema with migrations, rule set inherited from the city baseline, activation.
 * Each step is recorded when it starts, ends or fails, so the admin screen shows progress while it runs;
 * running the onboarding again skips the steps done and resumes at the one that failed. Every step creates
 * only what is missing, so nothing is created twice, also when a step failed after doing part of its work. The
 * first admin (Keycloak) and the schema with its rule set (PostgreSQL) are made side by side.
 * Onboardings of one code run one at a time ({@link OnboardingLock}); repeating one with another administrator,
 * level or name is refused, and every change made in Keycloak or the registry is audited.
 */
@Service
public class TenantOnboardingService {

    /** Realm roles of a tenant's first administrator. */
    static final List<String> ADMIN_ROLES = List.of(Role.TENANT_ADMIN.realmName());
    /** 第三十九条: the platform is developed once and deployed by level; its operator alone onboards tenants. */
    private static final String ARTICLE = "第三十九条";
    private static final Logger log = LoggerFactory.getLogger(TenantOnboardingService.class);

    private final OrganizationDirectory directory;
    private final TenantRegistry registry;
    private final PlatformAuditLog audit;
    private final OnboardingLog steps;
    private final RuleSetInheritance rules;
    private final OnboardingLock lock;

    TenantOnboardingService(OrganizationDirectory directory, TenantRegistry registry, PlatformAuditLog audit,
                            OnboardingLog steps, RuleSetInheritance rules, OnboardingLock lock) {
        this.directory = directory;
        this.registry = registry;
        this.audit = audit;
        this.steps = steps;
        this.rules = rules;
        this.lock = lock;
    }

    /** Result and whether this call completed the tenant's onboarding. */
    public record Outcome(TenantOnboarded tenant, boolean created) {
    }

    public Outcome onboard(OnboardTenantRequest request, String actor) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        String code = TenantCode.validate(request.code());
        String adminUsername = request.adminUsernameOrDefault();
        FirstAdminPassword.check(request.adminPassword(), adminUsername);
        try (OnboardingLock.Held ignored = lock.hold(code)) {
            return onboardLocked(code, adminUsername, request, actor);
        }
    }

    private Outcome onboardLocked(String code, String adminUsername, OnboardTenantRequest request, String actor) {
        Tenant before = registry.find(code).orElse(null);
        if (before != null && before.status() == TenantStatus.OFFBOARDED) {
            // The tombstone keeps the code: a new tenant under it would inherit another's history silently.
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.offboarded", null, "code", code);
        }
        String registeredAdmin = before == null ? null : registry.firstAdmin(code).orElse(null);
        if (before != null) {
            refuseDifferences(before, registeredAdmin, adminUsername, request);
        }
        if (before != null && before.status() != TenantStatus.PENDING) {
            return new Outcome(TenantOnboarded.of(before, directory.findOrganization(code, request.nameZh())
                    .map(o -> o.getId()).orElse(null), registeredAdmin), false);
        }
        if (registeredAdmin == null) {
            refuseAccountOfAnother(code, adminUsername);
        }
        boolean resumed = before != null;
        long started = System.nanoTime();
        Map<OnboardingStep, Long> took = Collections.synchronizedMap(new EnumMap<>(OnboardingStep.class));
        try {
            step(code, took, OnboardingStep.REGISTERED, () -> {
                Tenant registered = registry.register(request.registration());
                if (!resumed) {
                    audit.record(actor, "TENANT_REGISTERED", code, "nameZh=" + registered.nameZh() + ", level="
                            + registered.level() + ", admin=" + adminUsername + ", status=" + registered.status());
                }
                return registered;
            }, () -> null);
        } catch (InvalidTenantException e) {
            steps.forget(code);
            throw e;
        }
        // A new registration names its admin in TENANT_REGISTERED; a pending one from before has it recorded now.
        if (registry.recordFirstAdmin(code, adminUsername) && resumed) {
            audit.record(actor, "TENANT_FIRST_ADMIN_RECORDED", code, "admin=" + adminUsername);
        }
        String organizationId;
        try {
            organizationId = step(code, took, OnboardingStep.ORGANIZATION, () -> {
                OrganizationDirectory.Ensured org = directory.ensureOrganization(code, request.nameZh(),
                        request.nameEn() == null ? request.nameZh() : request.nameEn());
                if (org.created()) {
                    audit.record(actor, "KEYCLOAK_ORGANIZATION_CREATED", code, "organization=" + org.id()
                            + ", name=" + request.nameZh());
                }
                return org.id();
            }, () -> directory.findOrganization(code, request.nameZh()).orElseThrow().getId());
        } catch (OrganizationNameTakenException e) {
            // Not a passing failure: the request itself is wrong, so it leaves nothing behind to resume.
            if (registry.removePending(code)) {
                audit.record(actor, "TENANT_REGISTRATION_REMOVED", code, "name " + e.name() + " belongs to another tenant");
            }
            steps.forget(code);
            throw e;
        }
        // The first admin lives in Keycloak, the schema and rule set in PostgreSQL: neither waits for the other.
        // Both run to their end, so a failure of one leaves the other recorded done.
        CompletableFuture<Void> firstAdmin = CompletableFuture.runAsync(() -> step(code, took, OnboardingStep.FIRST_ADMIN,
                () -> {
                    ensureFirstAdmin(code, organizationId, adminUsername, request, actor);
                    return null;
                }, () -> null), work -> Thread.ofVirtual().name("onboarding-" + code).start(work));
        RuntimeException failure = null;
        try {
            step(code, took, OnboardingStep.SCHEMA, () -> {
                registry.migrate(code);
                audit.record(actor, "TENANT_SCHEMA_MIGRATED", code, "schema=" + TenantCode.schemaFor(code));
                return null;
            }, () -> null);
            step(code, took, OnboardingStep.RULE_SET, () -> {
                if (rules.inheritBaseline(code, actor)) {
                    audit.record(actor, "RULE_SET_INHERITED", code, "version=1, overrides={}");
                }
                return null;
            }, () -> null);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            firstAdmin.join();
        } catch (CompletionException e) {
            RuntimeException adminFailure = e.getCause() instanceof RuntimeException r ? r : e;
            if (failure != null) {
                adminFailure.addSuppressed(failure);
            }
            failure = adminFailure;
        }
        if (failure != null) {
            throw failure;
        }
        Tenant tenant = step(code, took, OnboardingStep.ACTIVATED, () -> registry.activate(code),
                () -> registry.activate(code));
        log.info("Onboarded {} in {} ms, per step (ms): {}", code, (System.nanoTime() - started) / 1_000_000, took);
        audit.record(actor, "TENANT_ONBOARDED", code, "organization=" + organizationId + ", admin=" + adminUsername
                + ", schema=" + tenant.schemaName() + (resumed ? ", resumed" : ""));
        return new Outcome(TenantOnboarded.of(tenant, organizationId, adminUsername), true);
    }

    /** The first admin in Keycloak: created, given the roles it lacks and made a member, each change audited. */
    private void ensureFirstAdmin(String code, String organizationId, String adminUsername, OnboardTenantRequest request,
                                  String actor) {
        OrganizationDirectory.MemberChanges changes = directory.ensureMember(organizationId, adminUsername,
                request.adminEmail(), request.adminPassword(),
                request.adminPasswordTemporary() == null || request.adminPasswordTemporary(), ADMIN_ROLES);
        if (changes.userCreated()) {
            audit.record(actor, "KEYCLOAK_USER_CREATED", code, "user=" + adminUsername + ", id="
                    + changes.userId());
        }
        if (!changes.rolesGranted().isEmpty()) {
            audit.record(actor, "KEYCLOAK_ROLES_GRANTED", code, "user=" + adminUsername + ", roles="
                    + String.join(",", changes.rolesGranted()));
        }
        if (changes.joined()) {
            audit.record(actor, "KEYCLOAK_MEMBER_ADDED", code, "user=" + adminUsername + ", organization="
                    + organizationId);
        }
    }

    /** A repetition states what was registered; another administrator, level or name is a different request. */
    private static void refuseDifferences(Tenant before, String registeredAdmin, String adminUsername,
                                          OnboardTenantRequest request) {
        List<OnboardingConflictException.Difference> differences = new ArrayList<>();
        if (registeredAdmin != null && !registeredAdmin.equals(adminUsername)) {
            differences.add(new OnboardingConflictException.Difference("adminUsername", registeredAdmin, adminUsername));
        }
        if (before.level() != request.level()) {
            differences.add(new OnboardingConflictException.Difference("level", before.level().name(),
                    request.level().name()));
        }
        if (!before.nameZh().strip().equals(request.nameZh().strip())) {
            differences.add(new OnboardingConflictException.Difference("nameZh", before.nameZh(), request.nameZh()));
        }
        if (!differences.isEmpty()) {
            throw new OnboardingConflictException(before.code(), differences);
        }
    }

    /**
     * An existing account becomes the first administrator only if it is nobody else's: not a member of another
     * tenant's organization and holding no platform role but tenant-admin (nc-officer must not become an
     * administrator of a new tenant by a typo).
     */
    private void refuseAccountOfAnother(String code, String adminUsername) {
        directory.findUser(adminUsername).ifPresent(user -> {
            user.organizations().stream().filter(alias -> !alias.equals(code)).findFirst().ifPresent(other -> {
                throw new AdminAccountTakenException(adminUsername, other);
            });
            Arrays.stream(Role.values()).map(Role::realmName)
                    .filter(role -> !ADMIN_ROLES.contains(role) && user.realmRoles().contains(role))
                    .findFirst().ifPresent(role -> {
                        throw new AdminAccountTakenException(adminUsername, role);
                    });
        });
    }

    /** Runs a step unless recorded done ({@code whenDone} then gives its result), recording how it went. */
    private <T> T step(String code, Map<OnboardingStep, Long> took, OnboardingStep step, Supplier<T> work,
                       Supplier<T> whenDone) {
        if (steps.done(code, step)) {
            return whenDone.get();
        }
        long started = System.nanoTime();
        steps.started(code, step);
        try {
            T result = work.get();
            steps.finished(code, step);
            took.put(step, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (RuntimeException e) {
            log.warn("Onboarding of {} failed at {}: {}", code, step, e.toString());
            steps.failed(code, step, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    public List<TenantOnboarded> list() {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        return registry.all().stream()
                .map(t -> TenantOnboarded.of(t, null, null))
                .toList();
    }
}

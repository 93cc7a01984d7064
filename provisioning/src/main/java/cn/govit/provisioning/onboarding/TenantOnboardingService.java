package cn.govit.provisioning.onboarding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
 */
@Service
public class TenantOnboardingService {

    /** Realm roles of a tenant's first administrator. */
    static final List<String> ADMIN_ROLES = List.of(Role.TENANT_ADMIN.realmName());
    private static final Logger log = LoggerFactory.getLogger(TenantOnboardingService.class);

    private final OrganizationDirectory directory;
    private final TenantRegistry registry;
    private final PlatformAuditLog audit;
    private final OnboardingLog steps;
    private final RuleSetInheritance rules;

    TenantOnboardingService(OrganizationDirectory directory, TenantRegistry registry, PlatformAuditLog audit,
                            OnboardingLog steps, RuleSetInheritance rules) {
        this.directory = directory;
        this.registry = registry;
        this.audit = audit;
        this.steps = steps;
        this.rules = rules;
    }

    /** Result and whether this call completed the tenant's onboarding. */
    public record Outcome(TenantOnboarded tenant, boolean created) {
    }

    public Outcome onboard(OnboardTenantRequest request, String actor) {
        String code = TenantCode.validate(request.code());
        String adminUsername = request.adminUsernameOrDefault();
        Tenant before = registry.find(code).orElse(null);
        if (before != null && before.status() == TenantStatus.OFFBOARDED) {
            // The tombstone keeps the code: a new tenant under it would inherit another's history silently.
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.offboarded", null, "code", code);
        }
        if (before != null && before.status() != TenantStatus.PENDING) {
            return new Outcome(TenantOnboarded.of(before, directory.findOrganization(code, request.nameZh())
                    .map(o -> o.getId()).orElse(null), adminUsername), false);
        }
        boolean resumed = before != null;
        long started = System.nanoTime();
        Map<OnboardingStep, Long> took = Collections.synchronizedMap(new EnumMap<>(OnboardingStep.class));
        try {
            step(code, took, OnboardingStep.REGISTERED, () -> registry.register(request.registration()), () -> null);
        } catch (InvalidTenantException e) {
            steps.forget(code);
            throw e;
        }
        String organizationId;
        try {
            organizationId = step(code, took, OnboardingStep.ORGANIZATION, () -> directory.ensureOrganization(code,
                            request.nameZh(), request.nameEn() == null ? request.nameZh() : request.nameEn()),
                    () -> directory.findOrganization(code, request.nameZh()).orElseThrow().getId());
        } catch (OrganizationNameTakenException e) {
            // Not a passing failure: the request itself is wrong, so it leaves nothing behind to resume.
            registry.removePending(code);
            steps.forget(code);
            throw e;
        }
        // The first admin lives in Keycloak, the schema and rule set in PostgreSQL: neither waits for the other.
        // Both run to their end, so a failure of one leaves the other recorded done.
        CompletableFuture<Void> firstAdmin = CompletableFuture.runAsync(() -> step(code, took, OnboardingStep.FIRST_ADMIN,
                () -> directory.ensureMember(organizationId, adminUsername, request.adminEmail(), request.adminPassword(),
                        request.adminPasswordTemporary() == null || request.adminPasswordTemporary(), ADMIN_ROLES),
                () -> null), work -> Thread.ofVirtual().name("onboarding-" + code).start(work));
        RuntimeException failure = null;
        try {
            step(code, took, OnboardingStep.SCHEMA, () -> {
                registry.migrate(code);
                return null;
            }, () -> null);
            step(code, took, OnboardingStep.RULE_SET, () -> {
                rules.inheritBaseline(code, actor);
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
        return registry.all().stream()
                .map(t -> TenantOnboarded.of(t, null, null))
                .toList();
    }
}

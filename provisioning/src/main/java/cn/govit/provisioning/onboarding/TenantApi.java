package cn.govit.provisioning.onboarding;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tenants} — platform admins onboard and list tenants. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantApi {

    private final TenantOnboardingService onboarding;
    private final OnboardingLog steps;

    TenantApi(TenantOnboardingService onboarding, OnboardingLog steps) {
        this.onboarding = onboarding;
        this.steps = steps;
    }

    /** 201 when this call onboarded the tenant, 200 with the same body when it already was. */
    @PostMapping
    ResponseEntity<TenantOnboarded> onboard(@Valid @RequestBody OnboardTenantRequest request, Authentication caller) {
        TenantOnboardingService.Outcome outcome = onboarding.onboard(request, caller.getName());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/tenants/" + outcome.tenant().code())).body(outcome.tenant())
                : ResponseEntity.ok(outcome.tenant());
    }

    /** 开通进度: each onboarding step of the tenant as last recorded. */
    @GetMapping("/{code}/onboarding")
    Map<OnboardingStep, OnboardingLog.StepRecord> progress(@PathVariable String code) {
        return steps.of(code);
    }

    @GetMapping
    List<TenantOnboarded> list() {
        return onboarding.list();
    }
}

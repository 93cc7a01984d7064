package cn.govit.provisioning.onboarding;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tenants} — platform admins onboard and list tenants. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantApi {

    private final TenantOnboardingService onboarding;

    TenantApi(TenantOnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    /** 201 when this call onboarded the tenant, 200 with the same body when it already was. */
    @PostMapping
    ResponseEntity<TenantOnboarded> onboard(@Valid @RequestBody OnboardTenantRequest request, Authentication caller) {
        TenantOnboardingService.Outcome outcome = onboarding.onboard(request, caller.getName());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/tenants/" + outcome.tenant().code())).body(outcome.tenant())
                : ResponseEntity.ok(outcome.tenant());
    }

    @GetMapping
    List<TenantOnboarded> list() {
        return onboarding.list();
    }
}

package cn.govit.provisioning.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.govit.core.tenancy.TenantLevel;

/**
 * 开通租户申请 — what the operator states to onboard a county, district or development zone.
 *
 * @param code                   tenant code ({@code [a-z][a-z0-9-]{1,30}}), also the Keycloak organization alias
 * @param adminUsername          the tenant's first administrator; {@code <code>-admin} when omitted
 * @param adminPassword          their initial password
 * @param adminPasswordTemporary whether they must change it at first login (default: yes)
 */
public record OnboardTenantRequest(
        String code,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 150) String nameEn,
        @NotNull TenantLevel level,
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,60}") String adminUsername,
        @NotBlank @Size(min = 4, max = 128) String adminPassword,
        Boolean adminPasswordTemporary) {

    String adminUsernameOrDefault() {
        return adminUsername == null || adminUsername.isBlank() ? code + "-admin" : adminUsername;
    }
}

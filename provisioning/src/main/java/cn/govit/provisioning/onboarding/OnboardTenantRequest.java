package cn.govit.provisioning.onboarding;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistration;

/**
 * 开通租户申请 — what the operator states to onboard a county, district, development zone or bureau.
 *
 * @param code                   tenant code ({@code [a-z][a-z0-9-]{1,30}}), also the Keycloak organization alias
 * @param shortName              简称, e.g. 高新区
 * @param parentCode             the tenant above it, e.g. {@code city}
 * @param divisionCode           行政区划代码, six digits inside the parent's
 * @param adminUsername          the tenant's first administrator; {@code <code>-admin} when omitted
 * @param adminPassword          their initial password, as {@link FirstAdminPassword} requires
 * @param adminPasswordTemporary whether they must change it at first login (default: yes)
 * @param adminEmail             their e-mail address; a placeholder of the platform when omitted
 */
public record OnboardTenantRequest(
        String code,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 150) String nameEn,
        @Size(max = 50) String shortName,
        @NotNull TenantLevel level,
        @Size(max = 31) String parentCode,
        @Pattern(regexp = "[0-9]{6}", message = "行政区划代码须为 6 位数字") String divisionCode,
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,60}") String adminUsername,
        @NotBlank @Size(max = 128) String adminPassword,
        Boolean adminPasswordTemporary,
        @Email(message = "电子邮箱格式不正确") @Size(max = 254) String adminEmail) {

    /** Without the hierarchy, as before issue 9. */
    public OnboardTenantRequest(String code, String nameZh, String nameEn, TenantLevel level, String adminUsername,
                                String adminPassword, Boolean adminPasswordTemporary) {
        this(code, nameZh, nameEn, null, level, null, null, adminUsername, adminPassword, adminPasswordTemporary, null);
    }

    String adminUsernameOrDefault() {
        return adminUsername == null || adminUsername.isBlank() ? code + "-admin" : adminUsername;
    }

    TenantRegistration registration() {
        return new TenantRegistration(code, nameZh, nameEn, shortName, level, blankToNull(parentCode), blankToNull(divisionCode));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

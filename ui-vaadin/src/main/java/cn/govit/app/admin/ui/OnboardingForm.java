package cn.govit.app.admin.ui;

import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantLevel;

/** What the administrator states to onboard a tenant; the first admin's password is generated and shown once. */
public record OnboardingForm(String code, String nameZh, String nameEn, String shortName, TenantLevel level, Tenant parent,
                             String divisionCode, String adminUsername, String adminEmail) {
}

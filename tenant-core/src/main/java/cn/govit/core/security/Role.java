package cn.govit.core.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import cn.govit.core.shared.Texts;

/**
 * 角色 — the realm roles of the platform (DOMAIN.md, "Who uses it"), one per party the regulation
 * names (Art. 4), plus the platform's own administrators. The only place that spells a role's name.
 */
public enum Role {
    /** 项目建设（业主）单位 */
    OWNER_OFFICER("owner-officer"),
    /** 项目行政主管单位 */
    DEPARTMENT_OFFICER("department-officer"),
    /** 大数据局 */
    BUREAU_OFFICER("bureau-officer"),
    /** 行政审批局 */
    APPROVAL_OFFICER("approval-officer"),
    /** 财政局 */
    FINANCE_OFFICER("finance-officer"),
    /** 发改委 */
    NDRC_OFFICER("ndrc-officer"),
    /** 保密局 */
    SECRECY_OFFICER("secrecy-officer"),
    /** 国家安全局 */
    STATE_SECURITY_OFFICER("state-security-officer"),
    /** 人防办 */
    CIVIL_AIR_DEFENCE_OFFICER("civil-air-defence-officer"),
    /** 网信办 */
    CYBERSPACE_OFFICER("cyberspace-officer"),
    /** 专家 / 第三方机构 */
    EXPERT("expert"),
    /** 租户管理员（县区信息化主管部门） */
    TENANT_ADMIN("tenant-admin"),
    /** 市级监管 */
    CITY_SUPERVISOR("city-supervisor"),
    /** 平台管理员 */
    PLATFORM_ADMIN("platform-admin");

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The realm role's name in Keycloak, e.g. {@code owner-officer}. */
    public String realmName() {
        return realmName;
    }

    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
    }

    public String label(Locale locale) {
        return Texts.get(locale, "role." + name());
    }
}

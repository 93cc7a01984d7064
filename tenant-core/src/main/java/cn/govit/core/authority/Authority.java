package cn.govit.core.authority;

import java.util.Locale;

import cn.govit.core.security.Role;
import cn.govit.core.shared.Texts;

/**
 * 职能部门 — the bodies of Art. 4 whose decisions gate a project, each with the realm role of the
 * officers who record its opinions in the tenant. The city government's decisions (Art. 13, 33) are
 * entered by the bureau with the government's document.
 */
public enum Authority {
    /** 大数据局 */
    BIG_DATA_BUREAU(Role.BUREAU_OFFICER),
    /** 发改委 */
    NDRC(Role.NDRC_OFFICER),
    /** 财政局 */
    FINANCE_BUREAU(Role.FINANCE_OFFICER),
    /** 行政审批局 */
    APPROVAL_BUREAU(Role.APPROVAL_OFFICER),
    /** 保密局 */
    SECRECY_BUREAU(Role.SECRECY_OFFICER),
    /** 国家安全局 */
    STATE_SECURITY_BUREAU(Role.STATE_SECURITY_OFFICER),
    /** 人防办 */
    CIVIL_AIR_DEFENCE_OFFICE(Role.CIVIL_AIR_DEFENCE_OFFICER),
    /** 网信办 */
    CYBERSPACE_OFFICE(Role.CYBERSPACE_OFFICER),
    /** 市政府（由大数据局凭政府文件录入） */
    CITY_GOVERNMENT(Role.BUREAU_OFFICER);

    private final Role issuer;

    Authority(Role issuer) {
        this.issuer = issuer;
    }

    /** The role whose holders record this authority's opinions. */
    public Role issuer() {
        return issuer;
    }

    public String label(Locale locale) {
        return Texts.get(locale, "authority." + name());
    }
}

package cn.govit.core.documents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.govit.core.security.Role;
import cn.govit.core.shared.Texts;

/** 材料类型 — what a document attached to a project or a lifecycle step is, with the article that asks for it. */
public enum DocumentType {
    /** 项目建设（运维）方案 (Art. 8) */
    APPLICATION_PLAN,
    /** 项目申请表（报发改委，Art. 8） */
    NDRC_APPLICATION_FORM,
    /** 技术评审意见 (Art. 10, 14) */
    TECHNICAL_REVIEW_OPINION(Role.BUREAU_OFFICER),
    /** 项目建设意见书 (Art. 10) */
    CONSTRUCTION_OPINION_LETTER(Role.BUREAU_OFFICER),
    /** 政府投资年度计划（含本项目）的下达文件 (Art. 10) */
    GOVERNMENT_INVESTMENT_PLAN(Role.NDRC_OFFICER),
    /** 专家评审意见 (Art. 10) */
    EXPERT_OPINION(Role.EXPERT, Role.BUREAU_OFFICER),
    /** 资金来源审查意见 (Art. 14) */
    FUND_SOURCE_OPINION(Role.FINANCE_OFFICER),
    /** 可行性研究报告/投资概算批复 (Art. 13, 14) */
    APPROVAL_DOCUMENT(Role.APPROVAL_OFFICER),
    /** 领导小组会议纪要 (Art. 12) */
    LEADING_GROUP_MINUTES(Role.BUREAU_OFFICER),
    /** “一事一议”书面申请，由项目行政主管单位提出 (Art. 13) */
    EXCEPTIONAL_APPLICATION(Role.DEPARTMENT_OFFICER),
    /** 市政府批准文件，由大数据局录入 (Art. 13) */
    CITY_GOVERNMENT_APPROVAL(Role.BUREAU_OFFICER),
    /** 保密局意见 (Art. 8(10)) */
    SECRECY_OPINION(Role.SECRECY_OFFICER),
    /** 国家安全局意见 (Art. 8(10)) */
    STATE_SECURITY_OPINION(Role.STATE_SECURITY_OFFICER),
    /** 人防办意见 (Art. 8(10)) */
    CIVIL_AIR_DEFENCE_OPINION(Role.CIVIL_AIR_DEFENCE_OFFICER),
    /** 同意申报的技术评审意见 (Art. 8(9)) */
    UPWARD_TECHNICAL_OPINION(Role.BUREAU_OFFICER),
    /** 国家部委、省有关部门的审批文件 (Art. 8(9)) */
    UPWARD_APPROVAL,
    /** 发改委前期征求意见 (Art. 4, 8) */
    NDRC_OPINION(Role.NDRC_OFFICER),
    /** 集约化例外意见 (Art. 15) */
    EXCEPTION_OPINION(Role.BUREAU_OFFICER),
    /** 网信办网络安全监管意见 (Art. 4, 34) */
    CYBERSECURITY_OPINION(Role.CYBERSPACE_OFFICER),
    /** 合同 (Art. 19) */
    CONTRACT,
    /** 月度报告 (Art. 19) */
    MONTHLY_REPORT,
    /** 等级保护测评报告 (Art. 23) */
    SECURITY_ASSESSMENT_REPORT,
    /** 初验意见 (Art. 26) */
    INITIAL_ACCEPTANCE_OPINION,
    /** 竣工验收报告 (Art. 26) */
    FINAL_ACCEPTANCE_REPORT,
    /** 验收材料（初验意见、竣工验收报告及相关材料）报送 (Art. 27) */
    ACCEPTANCE_FILING,
    /** 自评价报告 (Art. 30) */
    SELF_EVALUATION_REPORT,
    /** 运维年度考核结果 (Art. 32) */
    OM_ASSESSMENT_REPORT,
    /** 书面说明材料 (Art. 28, 35) */
    WRITTEN_EXPLANATION,
    /** 其他 */
    OTHER;

    private final Set<Role> issuers;

    DocumentType(Role... issuers) {
        this.issuers = Set.of(issuers);
    }

    /**
     * The roles that alone may upload this type — an authority's opinion or decision — or empty for
     * material anyone working on the project may supply.
     */
    public Set<Role> issuers() {
        return issuers;
    }

    /** 申报材料 — what the owner unit supplies with its application (Art. 8): the plan, the NDRC form, anything else. */
    public static Set<DocumentType> applicationMaterial() {
        return EnumSet.of(APPLICATION_PLAN, NDRC_APPLICATION_FORM, OTHER);
    }

    public boolean reserved() {
        return !issuers.isEmpty();
    }

    public String label(Locale locale) {
        return Texts.get(locale, "document." + name());
    }
}

package cn.govit.core.project;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/**
 * 项目状态 — where a project stands in the lifecycle of DOMAIN.md. Which step leads where, and who
 * may take it, is the lifecycle's business; this only names the stages.
 */
public enum ProjectStatus {
    /** 草稿 */
    DRAFT,
    /** 已申报，待主管部门审核 */
    SUBMITTED,
    /** 退回修改 */
    RETURNED,
    /** 主管部门自行监管（第七条） */
    SELF_SUPERVISED,
    /** 技术评审中（第十条） */
    UNDER_REVIEW,
    /** 储备库（第十条） */
    RESERVE,
    /** 年度计划（第十二条） */
    ANNUAL_PLAN,
    /** 可研/概算已批复（第十四条） */
    APPROVED,
    /** “一事一议”待市政府批准（第十三条） */
    EXCEPTIONAL_REQUESTED,
    /** “一事一议”已获市政府批准，代替入库和年度计划，仍须可研或概算批复（第十三条、第十四条） */
    EXCEPTIONAL_APPROVED,
    /** 实施库（第十三条） */
    IMPLEMENTATION,
    /** 招标采购 */
    PROCUREMENT,
    /** 合同已备案（第十九条） */
    CONTRACT_FILED,
    /** 建设中 */
    UNDER_CONSTRUCTION,
    /** 等保测评通过（第二十三条） */
    SECURITY_ASSESSED,
    /** 初验完成（第二十六条） */
    INITIAL_ACCEPTED,
    /** 整改中（第二十八条） */
    RECTIFICATION,
    /** 竣工验收通过（第二十六条） */
    FINAL_ACCEPTED,
    /** 运行中（第二十七条材料已报送） */
    IN_OPERATION,
    /** 运维期（第三十二条） */
    OPERATION_MAINTENANCE,
    /** 暂停（第三十五条） */
    SUSPENDED,
    /** 终止（第二十八条、第三十五条） */
    TERMINATED,
    /** 下线或迁移 */
    RETIRED,
    /** 涉密项目，线下办理（第九条、第四十二条） */
    CLASSIFIED;

    public String label(Locale locale) {
        return Texts.get(locale, "status." + name());
    }

    /** No step leads out of these. */
    public boolean terminal() {
        return this == TERMINATED || this == RETIRED || this == CLASSIFIED;
    }

    /** The application may still be edited: before submission or after it was returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}

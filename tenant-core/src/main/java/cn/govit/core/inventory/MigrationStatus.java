package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 迁移状态 — planned, in progress, completion reported by the district, verified by the city (Art. 40). */
public enum MigrationStatus {
    /** 已计划 */
    PLANNED,
    /** 实施中 */
    IN_PROGRESS,
    /** 已报告完成 */
    COMPLETION_REPORTED,
    /** 市级已核验 */
    VERIFIED;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.status." + name());
    }

    /** Reported or verified: the plan is no longer the district's to change (Art. 40). */
    public boolean locked() {
        return this == COMPLETION_REPORTED || this == VERIFIED;
    }
}

package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 迁移方式 — the forms of migration Art. 15 names. */
public enum MigrationMethod {
    /** 物理搬迁 */
    PHYSICAL_MOVE,
    /** 应用搬迁 */
    APPLICATION_MOVE,
    /** 容灾备份 */
    DISASTER_RECOVERY;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.method." + name());
    }
}

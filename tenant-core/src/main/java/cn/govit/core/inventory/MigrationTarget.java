package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 迁移目标 — where a system migrates to (Art. 15, 38). */
public enum MigrationTarget {
    /** 全市一体化数据中心 */
    CITY_DATA_CENTRE,
    /** 市政务云 */
    CITY_CLOUD,
    /** 政务外网 */
    GOV_EXTRANET;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.target." + name());
    }
}

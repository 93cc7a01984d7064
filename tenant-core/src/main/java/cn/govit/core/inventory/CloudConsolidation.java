package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 整合状态 — a district cloud's consolidation into the city's unified gov cloud (Art. 38). */
public enum CloudConsolidation {
    /** 未整合 */
    NOT_STARTED,
    /** 整合中 */
    CONSOLIDATING,
    /** 已整合 */
    CONSOLIDATED;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.consolidation." + name());
    }
}

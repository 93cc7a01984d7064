package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 除外情形 — Art. 33: 涉密或有特殊情况及要求的除外. */
public enum Exemption {
    /** 涉密 */
    CLASSIFIED,
    /** 有特殊情况及要求 */
    SPECIAL;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.exemption." + name());
    }
}

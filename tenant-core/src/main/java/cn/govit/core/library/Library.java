package cn.govit.core.library;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 项目库 — the two libraries of Art. 9. */
public enum Library {
    /** 储备库 (Art. 10) */
    RESERVE,
    /** 实施库 (Art. 13) */
    IMPLEMENTATION;

    public String label(Locale locale) {
        return Texts.get(locale, "library." + name());
    }
}

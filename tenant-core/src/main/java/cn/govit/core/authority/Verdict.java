package cn.govit.core.authority;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 意见结论 — what an authority decided. */
public enum Verdict {
    /** 同意 */
    APPROVED,
    /** 有条件同意 — counts as consent; the conditions are recorded with it */
    APPROVED_WITH_CONDITIONS,
    /** 不同意 */
    REJECTED;

    public boolean positive() {
        return this != REJECTED;
    }

    public String label(Locale locale) {
        return Texts.get(locale, "verdict." + name());
    }
}

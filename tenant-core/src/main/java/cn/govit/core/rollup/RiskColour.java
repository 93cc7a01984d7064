package cn.govit.core.rollup;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 风险等级 — green, yellow or red, the worst reason deciding; see {@link RiskReason}. */
public enum RiskColour {
    GREEN, YELLOW, RED;

    public RiskColour worse(RiskColour other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String label(Locale locale) {
        return Texts.get(locale, "rollup.risk." + name());
    }
}

package cn.govit.core.plan;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 审议决定 — what the leading group decides on a reserve-library project (Art. 12). */
public enum PlanDecision {
    /** 列入年度计划, with its priority and funded amount. */
    INCLUDE,
    /** 暂缓, with its reason; the project stays in the reserve library for a later meeting. */
    DEFER,
    /** 不予列入, with its reason. */
    REJECT;

    public String label(Locale locale) {
        return Texts.get(locale, "plan.decision." + name());
    }
}

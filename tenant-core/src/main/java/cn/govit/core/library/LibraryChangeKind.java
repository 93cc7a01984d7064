package cn.govit.core.library;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 入库与调整 — what happened to a project in the libraries. */
public enum LibraryChangeKind {
    /** 纳入储备库 (Art. 10) */
    ENTERED_RESERVE,
    /** “一事一议”经市政府批准，不入库 (Art. 13) */
    EXCEPTIONAL,
    /** 纳入实施库 (Art. 13) */
    ENTERED_IMPLEMENTATION,
    /** 年度调整：顺延至新的滚动计划首年 (Art. 9) */
    CARRIED_FORWARD,
    /** 年度调整：调整计划年度 */
    MOVED,
    /** 年度调整：调整优先次序 */
    REPRIORITIZED,
    /** 年度调整：移出项目库 */
    REMOVED,
    /** 项目终止 (Art. 35) */
    TERMINATED;

    public String label(Locale locale) {
        return Texts.get(locale, "library.change." + name());
    }
}

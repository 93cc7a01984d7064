package cn.govit.core.inventory;

import java.time.Period;
import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 更新频度 — how often an information resource is updated, and so collected to the city sharing library (Art. 33). */
public enum UpdateFrequency {
    /** 实时 */
    REALTIME,
    /** 每日 */
    DAILY,
    /** 每周 */
    WEEKLY,
    /** 每月 */
    MONTHLY,
    /** 每季 */
    QUARTERLY,
    /** 每年 */
    YEARLY;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.frequency." + name());
    }

    /** The longest a collection may be old at this frequency (实时: collected today or yesterday). */
    public Period period() {
        return switch (this) {
            case REALTIME, DAILY -> Period.ofDays(1);
            case WEEKLY -> Period.ofWeeks(1);
            case MONTHLY -> Period.ofMonths(1);
            case QUARTERLY -> Period.ofMonths(3);
            case YEARLY -> Period.ofYears(1);
        };
    }
}

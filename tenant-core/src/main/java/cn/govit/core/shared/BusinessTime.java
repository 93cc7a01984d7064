package cn.govit.core.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** 业务时间 — the platform's business time is Beijing time; deadlines are dates there. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /** The same instant as Beijing sees it (PostgreSQL hands timestamps back in UTC). */
    public static OffsetDateTime inBeijing(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}

package cn.govit.app.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.govit.core.shared.BusinessTime;

/** Money and dates the way officials read them: 万元 with two decimals, dates as 2026-12-02, Beijing time. */
public final class Formats {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** 元 → 万元 with two decimals and thousands separators, e.g. 2,860,000.00 元 → "286.00", 123,456,789 元 → "12,345.68". */
    public static String wanYuan(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** 元 with two decimals and thousands separators, e.g. "2,860,000.00". */
    public static String yuan(BigDecimal yuan) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan);
    }

    /** A date as 2026-12-02, in either language. */
    public static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A document's size as people read it: 812 B, 12.5 KB, 3.2 MB. */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    public static String dateTime(OffsetDateTime time) {
        return time.atZoneSameInstant(BusinessTime.ZONE).format(DATE_TIME);
    }
}

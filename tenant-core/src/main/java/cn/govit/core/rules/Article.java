package cn.govit.core.rules;

/** 条款 — turns a rule code such as {@code R8.4} into the way the regulation is cited. */
public final class Article {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Article() {
    }

    /** {@code R8.4} → 第八条第（四）项; {@code R27} → 第二十七条. */
    public static String zh(String code) {
        String[] parts = code.substring(1).split("\\.");
        String text = "第" + number(Integer.parseInt(parts[0])) + "条";
        return parts.length > 1 ? text + "第（" + number(Integer.parseInt(parts[1])) + "）项" : text;
    }

    /** {@code R8.4} → Art. 8(4). */
    public static String en(String code) {
        String[] parts = code.substring(1).split("\\.");
        return "Art. " + parts[0] + (parts.length > 1 ? "(" + parts[1] + ")" : "");
    }

    static String number(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }
}

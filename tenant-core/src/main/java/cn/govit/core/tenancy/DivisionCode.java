package cn.govit.core.tenancy;

import java.util.regex.Pattern;

/**
 * 行政区划代码 — six digits (GB/T 2260): two for the province, two for the city, two for the county level.
 * A tenant's code must lie inside its parent's: 360102 (东湖区) under 360100 (南昌市), not under 360200.
 */
public final class DivisionCode {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private DivisionCode() {
    }

    /** Why the code does not fit, or null when it does. */
    public static Problem check(String code, String parentCode) {
        if (code == null) {
            return null;
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            return Problem.FORMAT;
        }
        if (parentCode != null && (!code.startsWith(prefixOf(parentCode)) || code.equals(parentCode))) {
            return Problem.OUTSIDE_PARENT;
        }
        return null;
    }

    /** The digits every code under this one shares: 360100 → 3601, 360000 → 36. */
    public static String prefixOf(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** What is wrong with a division code. */
    public enum Problem { FORMAT, OUTSIDE_PARENT }
}

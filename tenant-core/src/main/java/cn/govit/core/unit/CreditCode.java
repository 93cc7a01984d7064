package cn.govit.core.unit;

import java.util.regex.Pattern;

/**
 * 统一社会信用代码 — the 18-character code of GB 32100-2015: registration authority (1), organisation type (1),
 * administrative division (6 digits), organisation code (9) and a check character (1), over the 31 characters
 * 0–9 and A–Y without I, O, S, V and Z. The check character is the one whose value makes the weighted sum
 * (weights 3^(i) mod 31) a multiple of 31.
 */
final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private CreditCode() {
    }

    /** Whether {@code code} has the standard's shape and its check character. */
    static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character of the first 17 characters of a code. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}

package cn.govit.core.rules;

import cn.govit.core.shared.Texts;

/**
 * 审查意见 — one finding of the rules about an application or a step: the article (e.g. {@code R8.4}),
 * whether it blocks, the field it concerns and what to do, in Chinese and English.
 */
public record Finding(String article, Severity severity, String field, String code, String messageZh,
                      String messageEn) {

    /** A finding whose message is {@code finding.<code>} in the bundles. */
    public static Finding of(String article, Severity severity, String field, String code, Object... args) {
        return new Finding(article, severity, field, code, Texts.zh("finding." + code, args),
                Texts.en("finding." + code, args));
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}

package cn.govit.core.shared;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The platform's texts ({@code i18n/core-messages}) in Chinese — the default — and English. Findings,
 * rule labels and lifecycle names carry both, so an API client and a view can show either.
 */
public final class Texts {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/core-messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Texts() {
    }

    public static String zh(String key, Object... args) {
        return get(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public static String en(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }

    /** Chinese unless the locale's language is English. */
    public static String get(Locale locale, String key, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return MESSAGES.getMessage(key, args, key, l);
    }

    /** Whether the bundles define {@code key}. */
    public static boolean has(String key) {
        return !key.equals(MESSAGES.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
    }
}

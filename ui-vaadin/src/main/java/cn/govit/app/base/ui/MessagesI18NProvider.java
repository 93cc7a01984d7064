package cn.govit.app.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** UI texts from {@code messages.properties} (简体中文, the default) and {@code messages_en.properties}. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = "en".equals(locale == null ? null : locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        try {
            // The root bundle is Chinese; never fall back to the JVM's default locale.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}

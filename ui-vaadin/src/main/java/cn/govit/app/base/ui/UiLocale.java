package cn.govit.app.base.ui;

import java.util.Locale;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Chinese first: every session starts in 简体中文 whatever the browser asks for; the user may switch
 * to English, which holds for the rest of the session.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    private final MessagesI18NProvider messages;

    UiLocale(MessagesI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The framework's own notices (session expired, internal error, cookies off) in Chinese unless English was asked.
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = info.getLocale();
            CustomizedSystemMessages m = new CustomizedSystemMessages();
            m.setSessionExpiredCaption(messages.getTranslation("system.sessionExpired.caption", locale));
            m.setSessionExpiredMessage(messages.getTranslation("system.sessionExpired.message", locale));
            m.setInternalErrorCaption(messages.getTranslation("system.internalError.caption", locale));
            m.setInternalErrorMessage(messages.getTranslation("system.internalError.message", locale));
            m.setCookiesDisabledCaption(messages.getTranslation("system.cookiesDisabled.caption", locale));
            m.setCookiesDisabledMessage(messages.getTranslation("system.cookiesDisabled.message", locale));
            return m;
        });
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(MessagesI18NProvider.CHINESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    /** Switches the whole session, its open UIs and the ones opened later. */
    public static void choose(VaadinSession session, Locale locale) {
        session.setLocale(locale);
    }
}

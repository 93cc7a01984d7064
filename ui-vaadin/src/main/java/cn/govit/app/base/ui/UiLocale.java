package cn.govit.app.base.ui;

import java.util.Locale;

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

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(MessagesI18NProvider.CHINESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    /** Switches the whole session, its open UIs and the ones opened later. */
    public static void choose(VaadinSession session, Locale locale) {
        session.setLocale(locale);
    }
}

package cn.govit.app.base.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Chinese first: every UI starts in 简体中文 whatever the browser asks for, unless the user chose
 * English in this session.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    private static final String CHOSEN = UiLocale.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosen(ui.getUI().getSession())));
    }

    public static Locale chosen(VaadinSession session) {
        Object locale = session == null ? null : session.getAttribute(CHOSEN);
        return locale instanceof Locale l ? l : MessagesI18NProvider.CHINESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(CHOSEN, locale);
    }
}

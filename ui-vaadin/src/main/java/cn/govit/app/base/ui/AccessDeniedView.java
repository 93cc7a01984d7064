package cn.govit.app.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Anchor;

import jakarta.servlet.http.HttpServletResponse;

/** A page the user's roles do not open, said in the UI's language, with the way home. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H2 heading = new H2(getTranslation("error.accessDenied.heading"));
        heading.setId("error-heading");
        Paragraph text = new Paragraph(getTranslation("error.accessDenied.text"));
        text.setId("error-text");
        Anchor home = new Anchor("./", getTranslation("error.home"));
        home.getElement().setAttribute("router-link", true);
        home.setId("error-home");
        add(heading, text, home);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

package cn.govit.app.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Anchor;

import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page, in the UI's language instead of the framework's English, with the way home. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 heading = new H2(getTranslation("error.notFound.heading"));
        heading.setId("error-heading");
        Paragraph text = new Paragraph(getTranslation("error.notFound.text", event.getLocation().getPath()));
        text.setId("error-text");
        Anchor home = new Anchor("./", getTranslation("error.home"));
        home.getElement().setAttribute("router-link", true);
        home.setId("error-home");
        add(heading, text, home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package cn.govit.app.rollup.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import cn.govit.core.security.Actor;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;

/** Who sees 市级监管 in the menu: a city supervisor working in the city's own tenant (Art. 40). */
public final class CitySupervisors implements Predicate<Actor> {

    /**
     * True for a city supervisor; anyone else finds the heading and whose view this is in {@code view} instead, and
     * false. The services refuse them too.
     */
    static <V extends Component & HasComponents> boolean refuseOthers(V view) {
        if (new CitySupervisors().test(CurrentUser.actor())) {
            return true;
        }
        Paragraph forbidden = new Paragraph(view.getTranslation("supervision.forbidden"));
        forbidden.setId("supervision-forbidden");
        view.add(new H2(view.getTranslation("supervision.heading")), forbidden);
        return false;
    }

    @Override
    public boolean test(Actor actor) {
        return CitySupervision.allows(actor);
    }
}

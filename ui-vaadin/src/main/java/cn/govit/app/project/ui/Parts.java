package cn.govit.app.project.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Small pieces the project views share, so that headings, hints and live inputs look alike everywhere. */
final class Parts {

    private Parts() {
    }

    /** A section heading inside a view or tab. */
    static H3 section(String text) {
        H3 heading = new H3(text);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    /** A short explanation under a heading, e.g. the article a step implements. */
    static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        return hint;
    }

    /** A full-width input that reports its value shortly after the officer stops typing. */
    static <F extends TextFieldBase<F, V>, V> F live(F field, String id, V value, Runnable changed) {
        field.setId(id);
        field.setWidthFull();
        if (value != null) {
            field.setValue(value);
        }
        field.setValueChangeMode(ValueChangeMode.LAZY);
        // A lazy value goes to the server a moment after typing stops; leaving the field (to click "next step",
        // which detaches it) must send it at once, or the officer's last words are lost.
        field.getElement().addPropertyChangeListener("value", "change", e -> { });
        field.addValueChangeListener(e -> changed.run());
        return field;
    }
}

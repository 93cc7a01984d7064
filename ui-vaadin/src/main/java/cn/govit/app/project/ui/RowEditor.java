package cn.govit.app.project.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A list of rows the officer adds and removes (indicators, budget lines, …). Row {@code i}'s inputs
 * carry ids {@code <prefix>-<field>-<i>}; the buttons are {@code <prefix>-add} and {@code <prefix>-remove-<i>}.
 * Removing a row re-renders the rest, so the indices stay 0…n-1.
 */
final class RowEditor<T> extends Div {

    /** One rendered row: its inputs and how to read them back. */
    interface Row<T> {
        Component component();

        T value();
    }

    /** Renders row {@code index} showing {@code value}; calls {@code changed} after every edit. */
    @FunctionalInterface
    interface RowFactory<T> {
        Row<T> create(int index, T value, Runnable changed);
    }

    private final String prefix;
    private final RowFactory<T> factory;
    private final T blank;
    private final Runnable changed;
    private final Div rows = new Div();
    private final Span empty;
    private final List<Row<T>> rendered = new ArrayList<>();

    RowEditor(String prefix, String addLabel, String emptyText, RowFactory<T> factory, T blank, Runnable changed) {
        this.prefix = prefix;
        this.factory = factory;
        this.blank = blank;
        this.changed = changed;
        setId(prefix + "-list");
        setWidthFull();
        empty = new Span(emptyText);
        empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        rows.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> {
            List<T> values = values();
            values.add(blank);
            setValues(values);
            changed.run();
        });
        add.setId(prefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(empty, rows, add);
    }

    void setValues(List<T> values) {
        rows.removeAll();
        rendered.clear();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            Row<T> row = factory.create(i, values.get(i) == null ? blank : values.get(i), changed);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                List<T> rest = values();
                rest.remove(index);
                setValues(rest);
                changed.run();
            });
            remove.setId(prefix + "-remove-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.removeRow"));
            remove.setTooltipText(getTranslation("action.removeRow"));
            HorizontalLayout line = new HorizontalLayout(row.component(), remove);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setFlexGrow(1, row.component());
            rows.add(line);
            rendered.add(row);
        }
        empty.setVisible(values.isEmpty());
    }

    /** The current values, a fresh mutable list. */
    List<T> values() {
        List<T> values = new ArrayList<>();
        rendered.forEach(r -> values.add(r.value()));
        return values;
    }
}

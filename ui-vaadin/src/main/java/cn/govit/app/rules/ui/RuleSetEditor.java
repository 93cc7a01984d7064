package cn.govit.app.rules.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.rules.ui.RuleSetView.Row;
import cn.govit.core.rules.Latitude;
import cn.govit.core.rules.ParameterType;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.rules.RuleSetVersion;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.shared.Texts;
import cn.govit.core.web.ApiProblem;

/**
 * The tenant administrator's form for the next version of the rule set: one field per parameter, typed
 * by the parameter, prefilled with the value in force, the baseline beside it and a switch back to
 * inheriting it. Publishing sends only what is not inherited — the whole set the tenant sets itself.
 * A parameter the regulation binds every district to shows its limit and cannot be loosened here
 * (Art. 38); the service refuses it all the same.
 */
class RuleSetEditor extends VerticalLayout {

    private final transient RuleSetService rules;
    private final Map<RuleParameter, ParameterField> fields = new EnumMap<>(RuleParameter.class);
    private final Map<RuleParameter, String> inForce;
    private final DatePicker effectiveFrom = Localized.datePicker(new DatePicker());
    private final TextArea note = new TextArea();
    private final Runnable onPublished;
    private final boolean city;

    RuleSetEditor(RuleSetService rules, Clock clock, List<Row> rows, Map<RuleParameter, String> inForce, boolean city,
                  Runnable onPublished) {
        this.rules = rules;
        this.inForce = inForce;
        this.onPublished = onPublished;
        this.city = city;
        setId("rules-editor");
        setPadding(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("60em", 2));
        for (Row row : rows) {
            ParameterField field = new ParameterField(row.parameter(), row.baseline(), city);
            field.set(row.value(), !inForce.containsKey(row.parameter()));
            fields.put(row.parameter(), field);
            form.add(field);
        }

        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        effectiveFrom.setLabel(getTranslation("rules.editor.effectiveFrom"));
        effectiveFrom.setId("rules-effective-from");
        RuleTexts.localize(effectiveFrom);
        effectiveFrom.setMin(today);
        effectiveFrom.setValue(today);
        effectiveFrom.setRequired(true);
        note.setLabel(getTranslation("rules.editor.note"));
        note.setId("rules-note");
        note.setMaxLength(1000);
        note.setWidth("30em");

        Button publish = new Button(getTranslation("rules.editor.publish"), e -> confirm());
        publish.setId("rules-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(effectiveFrom, note, publish);
        footer.setAlignItems(FlexComponent.Alignment.BASELINE);
        footer.setWrap(true);
        add(form, footer);
    }

    /** Checks every value as the service would, then shows what changes and asks before publishing. */
    private void confirm() {
        Map<String, String> overrides = new LinkedHashMap<>();
        Map<RuleParameter, String> after = new EnumMap<>(RuleParameter.class);
        boolean valid = true;
        for (ParameterField field : fields.values()) {
            field.clearError();
            if (field.inherited()) {
                continue;
            }
            RuleParameter p = field.parameter;
            Optional<String> value = p.normalize(field.text());
            if (value.isEmpty()) {
                field.error(Texts.get(getLocale(), "rules.badValue", field.text(), p.label(getLocale()), p.range()));
                valid = false;
                continue;
            }
            if (!p.permits(value.get())) {
                field.error(Texts.get(getLocale(), city ? "rules.locked.city" : "rules.locked", p.label(getLocale())));
                valid = false;
                continue;
            }
            overrides.put(p.name(), value.get());
            after.put(p, value.get());
        }
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setInvalid(true);
            effectiveFrom.setErrorMessage(Texts.get(getLocale(), "rules.effectiveInPast"));
            valid = false;
        }
        if (!valid) {
            fields.values().stream().filter(ParameterField::invalid).findFirst()
                    .ifPresent(f -> showError(f.errorMessage()));
            return;
        }
        List<String> changes = RuleTexts.changes(this, inForce, after);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rules-confirm");
        dialog.setHeader(getTranslation("rules.confirm.header"));
        Div text = new Div();
        if (changes.isEmpty()) {
            text.add(new Paragraph(getTranslation("rules.confirm.noChanges")));
        } else {
            text.add(new Paragraph(getTranslation("rules.confirm.intro", effectiveFrom.getValue().toString())));
            text.add(new UnorderedList(changes.stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("rules.confirm.publish"));
        dialog.addConfirmListener(e -> publish(overrides));
        dialog.open();
    }

    private void publish(Map<String, String> overrides) {
        RuleSetVersion published;
        try {
            published = rules.publish(effectiveFrom.getValue(), overrides, note.getValue());
        } catch (ApiProblem problem) {
            String message = RuleTexts.problem(this, problem);
            if (problem.field() != null && problem.field().startsWith("overrides.")) {
                fieldNamed(problem.field().substring("overrides.".length())).ifPresent(f -> f.error(message));
            } else if ("effectiveFrom".equals(problem.field())) {
                effectiveFrom.setInvalid(true);
                effectiveFrom.setErrorMessage(message);
            }
            showError(message);
            return;
        }
        Notification.show(getTranslation("rules.published", getTranslation("rules.version.number", published.version()),
                        Formats.date(published.effectiveFrom())),
                4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onPublished.run();
    }

    private Optional<ParameterField> fieldNamed(String name) {
        return fields.values().stream().filter(f -> f.parameter.name().equals(name)).findFirst();
    }

    private void showError(String message) {
        Notification.show(getTranslation("rules.publishFailed", message), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** One parameter: its typed field, the baseline beside it, and the switch back to inheriting it. */
    private static final class ParameterField extends Div {

        private final RuleParameter parameter;
        private final String baseline;
        private final Component input;
        private final Checkbox inherit;

        ParameterField(RuleParameter parameter, String baseline, boolean city) {
            this.parameter = parameter;
            this.baseline = baseline;
            String label = parameter.article() + " " + parameter.label(getLocale());
            String unit = parameter.unit(getLocale());
            this.input = switch (parameter.type()) {
                case MONEY -> {
                    BigDecimalField f = new BigDecimalField(label);
                    f.setSuffixComponent(new Span(unit));
                    f.setHelperText(getTranslation("rules.editor.range", parameter.range()));
                    yield f;
                }
                case INTEGER -> {
                    IntegerField f = new IntegerField(label);
                    if (!unit.isEmpty()) {
                        f.setSuffixComponent(new Span(unit));
                    }
                    f.setHelperText(getTranslation("rules.editor.range", parameter.range()));
                    yield f;
                }
                case FLAG -> new Checkbox(label);
                case MONTH_DAY -> {
                    TextField f = new TextField(label);
                    f.setHelperText(getTranslation("rules.editor.monthDay"));
                    f.setMaxLength(5);
                    yield f;
                }
            };
            input.setId("rule-" + parameter.name());
            if (parameter.latitude() != Latitude.LOOSEN_OR_TIGHTEN) {
                HasHelper helper = (HasHelper) input;
                String limit = getTranslation("rules.latitude." + parameter.latitude());
                helper.setHelperText(helper.getHelperText() == null ? limit
                        : helper.getHelperText() + RuleTexts.separator(this) + limit);
            }
            if (input instanceof HasValue<?, ?> value && !(input instanceof Checkbox)) {
                ((com.vaadin.flow.component.HasSize) input).setWidthFull();
                value.addValueChangeListener(e -> {
                    // Typing into a field means setting it here rather than inheriting it.
                    if (e.isFromClient()) {
                        inheritSwitch().setValue(false);
                    }
                });
            }
            inherit = new Checkbox(getTranslation(city ? "rules.editor.inherit.city" : "rules.editor.inherit"));
            inherit.setId("inherit-" + parameter.name());
            inherit.addValueChangeListener(e -> {
                if (e.getValue()) {
                    text(baseline);
                    clearError();
                }
                setInputEnabled(!e.getValue());
            });
            Span base = new Span(getTranslation(city ? "rules.editor.baseline.city" : "rules.editor.baseline",
                    RuleTexts.value(this, parameter, baseline)));
            base.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            HorizontalLayout aside = new HorizontalLayout(base, inherit);
            aside.setAlignItems(FlexComponent.Alignment.CENTER);
            aside.setSpacing(true);
            add(input, aside);
        }

        private Checkbox inheritSwitch() {
            return inherit;
        }

        void set(String value, boolean inherited) {
            text(inherited ? baseline : value);
            inherit.setValue(inherited);
            setInputEnabled(!inherited);
        }

        boolean inherited() {
            return inherit.getValue();
        }

        /** The field's value as the service takes it; empty when nothing is entered. */
        String text() {
            return switch (input) {
                case BigDecimalField f -> f.getValue() == null ? "" : f.getValue().toPlainString();
                case IntegerField f -> f.getValue() == null ? "" : f.getValue().toString();
                case Checkbox f -> Boolean.toString(f.getValue());
                case TextField f -> f.getValue();
                default -> throw new IllegalStateException(input.getClass().getName());
            };
        }

        void text(String value) {
            switch (input) {
                case BigDecimalField f -> f.setValue(new BigDecimal(value));
                case IntegerField f -> f.setValue(Integer.valueOf(value));
                case Checkbox f -> f.setValue(Boolean.parseBoolean(value));
                case TextField f -> f.setValue(value);
                default -> throw new IllegalStateException(input.getClass().getName());
            }
        }

        private void setInputEnabled(boolean enabled) {
            ((HasValue<?, ?>) input).setReadOnly(!enabled || !changeable());
        }

        /**
         * Whether the value may be changed from the one shown: always where Art. 41 leaves it to the
         * district; for a flag the regulation binds it to, only towards the stricter value (Art. 38).
         */
        private boolean changeable() {
            if (parameter.latitude() == Latitude.LOOSEN_OR_TIGHTEN) {
                return true;
            }
            String current = text();
            return parameter.type() == ParameterType.FLAG
                    ? parameter.permits(Boolean.toString(!Boolean.parseBoolean(current)))
                    : !parameter.permits(current);
        }

        void error(String message) {
            if (input instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            }
            getElement().setAttribute("data-error", message);
        }

        void clearError() {
            if (input instanceof HasValidation v) {
                v.setInvalid(false);
            }
            getElement().removeAttribute("data-error");
        }

        boolean invalid() {
            return getElement().hasAttribute("data-error");
        }

        String errorMessage() {
            return getElement().getAttribute("data-error");
        }
    }
}

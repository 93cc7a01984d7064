package cn.govit.app.unit.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.unit.OwnerUnitForm;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.unit.OwnerUnitView;
import cn.govit.core.web.ApiProblem;
import org.springframework.dao.OptimisticLockingFailureException;

/** 登记 / 编辑项目建设单位 — a unit's name (fixed once registered), credit code, competent department and contact. */
class OwnerUnitDialog extends Dialog {

    private final Binder<UnitFields> binder = new Binder<>(UnitFields.class);
    private final TextField name = field("unit-name", "units.name", 200);
    private final TextField creditCode = field("unit-credit-code", "units.creditCode", 18);
    private final TextField department = field("unit-department", "units.competentDepartment", 200);
    private final TextField contactPerson = field("unit-contact-person", "units.contactPerson", 100);
    private final TextField contactPhone = field("unit-contact-phone", "units.contactPhone", 40);

    /** {@code unit} null registers a new one. */
    OwnerUnitDialog(OwnerUnitService units, OwnerUnitView unit, Runnable afterwards) {
        setId("unit-dialog");
        setHeaderTitle(getTranslation(unit == null ? "units.dialog.new" : "units.dialog.edit"));
        setWidth("40rem");
        creditCode.setHelperText(getTranslation("units.creditCode.help"));
        name.setReadOnly(unit != null);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(creditCode).bind("creditCode");
        binder.forField(department).bind("competentDepartment");
        binder.forField(contactPerson).bind("contactPerson");
        binder.forField(contactPhone).bind("contactPhone");
        binder.readRecord(unit == null ? new UnitFields("", "", "", "", "")
                : new UnitFields(unit.name(), blank(unit.creditCode()), blank(unit.competentDepartment()),
                blank(unit.contactPerson()), blank(unit.contactPhone())));
        FormLayout form = new FormLayout(name, creditCode, department, contactPerson, contactPhone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(department, 2);
        add(form);

        Button save = new Button(getTranslation("units.save"), e -> save(units, unit, afterwards));
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("units.cancel"), e -> close());
        cancel.setId("unit-cancel");
        getFooter().add(cancel, save);
    }

    private void save(OwnerUnitService units, OwnerUnitView unit, Runnable afterwards) {
        UnitFields f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        OwnerUnitForm form = new OwnerUnitForm(f.name(), f.creditCode(), f.competentDepartment(), f.contactPerson(),
                f.contactPhone(), unit == null ? null : unit.version());
        try {
            if (unit == null) {
                units.create(form);
            } else {
                units.update(unit.id(), form);
            }
            close();
            afterwards.run();
        } catch (ApiProblem problem) {
            TextField at = Map.of("name", name, "creditCode", creditCode).get(problem.field());
            if (at == null) {
                Notification.show(ProblemText.of(problem, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                at.setInvalid(true);
                at.setErrorMessage(ProblemText.of(problem, getLocale()));
            }
        } catch (OptimisticLockingFailureException meanwhile) {
            Notification.show(getTranslation("units.changedMeanwhile")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private TextField field(String id, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}

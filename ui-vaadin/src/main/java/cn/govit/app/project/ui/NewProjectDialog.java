package cn.govit.app.project.ui;

import java.math.BigDecimal;

import jakarta.validation.ConstraintViolationException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectService;
import cn.govit.core.web.CurrentUser;

/** 新建项目 — registers a project as a draft of the user's own tenant. */
class NewProjectDialog extends Dialog {

    /** What the form edits; becomes a {@link Application} when it validates. */
    static final class Form {
        private String title = "";
        private ProjectKind kind = ProjectKind.CONSTRUCTION;
        private String ownerUnit = "";
        private BigDecimal totalInvestment;

        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        ProjectKind getKind() { return kind; }
        void setKind(ProjectKind kind) { this.kind = kind; }
        String getOwnerUnit() { return ownerUnit; }
        void setOwnerUnit(String ownerUnit) { this.ownerUnit = ownerUnit; }
        BigDecimal getTotalInvestment() { return totalInvestment; }
        void setTotalInvestment(BigDecimal totalInvestment) { this.totalInvestment = totalInvestment; }
    }

    NewProjectDialog(ProjectService projects, Runnable onCreated) {
        setHeaderTitle(getTranslation("project.new"));
        setWidth("640px");

        TextField title = new TextField(getTranslation("project.title"));
        title.setId("project-title");
        title.setMaxLength(200);
        RadioButtonGroup<ProjectKind> kind = new RadioButtonGroup<>(getTranslation("project.kind"));
        kind.setId("project-kind");
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("project.kind." + k.name()));
        kind.setHelperText(getTranslation("project.scope.help"));
        TextField ownerUnit = new TextField(getTranslation("project.ownerUnit"));
        ownerUnit.setId("project-owner-unit");
        ownerUnit.setMaxLength(200);
        BigDecimalField investment = new BigDecimalField(getTranslation("project.totalInvestment"));
        investment.setId("project-investment");
        investment.setHelperText(getTranslation("project.totalInvestment.help"));

        Binder<Form> binder = new Binder<>();
        binder.forField(title).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(Form::getTitle, Form::setTitle);
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind(Form::getKind, Form::setKind);
        binder.forField(ownerUnit).asRequired(getTranslation("validation.required"))
                .bind(Form::getOwnerUnit, Form::setOwnerUnit);
        binder.forField(investment).asRequired(getTranslation("validation.required"))
                .withValidator(new BigDecimalRangeValidator(getTranslation("validation.investmentRange"),
                        BigDecimal.ZERO, new BigDecimal("999999999999.99")))
                .withValidator(v -> v.stripTrailingZeros().scale() <= 2, getTranslation("validation.fen"))
                .bind(Form::getTotalInvestment, Form::setTotalInvestment);
        Form form = new Form();
        binder.setBean(form);

        FormLayout layout = new FormLayout(title, kind, ownerUnit, investment);
        layout.setColspan(title, 2);
        add(layout);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                projects.create(Application.draft(form.getTitle(), form.getKind(), form.getOwnerUnit(),
                        form.getTotalInvestment()), CurrentUser.name());
            } catch (ConstraintViolationException ex) {
                Notification.show(getTranslation("project.saveFailed"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(getTranslation("project.created", form.getTitle()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onCreated.run();
            close();
        });
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}

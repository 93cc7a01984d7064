package cn.govit.app.compliance.ui;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.compliance.Consent;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.web.ApiProblem;

/** 市政府同意 (Art. 33): the bureau records the date, the 文号 and the signed document; then the sanction is in force. */
class ConsentDialog extends Dialog {

    /** What the dialog edits (public: the binder reads it by reflection). */
    public record Form(LocalDate date, String documentNumber) {
    }

    private String fileName;
    private String contentType;
    private byte[] content;

    ConsentDialog(ComplianceService compliance, UUID sanction, Runnable done) {
        setId("consent-dialog");
        setHeaderTitle(getTranslation("compliance.consent.header"));
        Binder<Form> binder = new Binder<>(Form.class);
        DatePicker date = new DatePicker(getTranslation("compliance.consent.date"));
        date.setId("consent-date");
        TextField number = new TextField(getTranslation("compliance.consent.number"));
        number.setId("consent-number");
        number.setMaxLength(100);
        binder.forField(date).asRequired(getTranslation("compliance.consent.required")).bind("date");
        binder.forField(number).asRequired(getTranslation("compliance.consent.required")).bind("documentNumber");
        binder.readRecord(new Form(LocalDate.now(BusinessTime.ZONE), ""));
        Span received = new Span(getTranslation("compliance.consent.choose"));
        received.setId("consent-file-state");
        Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) -> {
            content = bytes;
            fileName = meta.fileName();
            contentType = meta.contentType();
            received.setText(meta.fileName());
        }));
        Localized.upload(upload);
        upload.setId("consent-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        Div refusal = new Div();
        refusal.setId("consent-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button confirm = new Button(getTranslation("compliance.consent.confirm"), e -> {
            try {
                Form form = binder.writeRecord();
                compliance.consent(sanction, new Consent(form.date(), form.documentNumber()), fileName, contentType,
                        content);
                close();
                done.run();
            } catch (ValidationException invalid) {
                refusal.setText(getTranslation("compliance.consent.required"));
            } catch (ApiProblem problem) {
                refusal.setText(ProblemText.of(problem, getLocale()));
            }
        });
        confirm.setId("consent-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("compliance.cancel"), e -> close());
        VerticalLayout body = new VerticalLayout(date, number, upload, received, refusal);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, confirm);
    }
}

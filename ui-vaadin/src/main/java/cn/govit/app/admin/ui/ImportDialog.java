package cn.govit.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * 导入租户 — a verified archive becomes a tenant again: under its own code or another, on the platform's database
 * or, for Art. 39's tiered deployment, on the district's own PostgreSQL server.
 */
class ImportDialog extends Dialog {

    ImportDialog(ProvisioningClient provisioning, Runnable afterwards) {
        setId("import-dialog");
        setHeaderTitle(getTranslation("admin.import.heading"));
        setWidth("40em");
        Div message = new Div();
        message.setId("import-message");
        Button start = new Button(getTranslation("admin.import.start"));
        start.setEnabled(false);
        ArchiveUpload upload = new ArchiveUpload("import-upload", () -> start.setEnabled(true));

        TextField code = new TextField(getTranslation("admin.tenant.code"));
        code.setId("import-code");
        code.setHelperText(getTranslation("admin.import.codeHelp"));
        TextField databaseUrl = new TextField(getTranslation("admin.import.databaseUrl"));
        databaseUrl.setId("import-database");
        databaseUrl.setHelperText(getTranslation("admin.import.databaseHelp"));
        Binder<ImportForm> binder = new Binder<>(ImportForm.class);
        binder.forField(code).withValidator(c -> c.isBlank() || c.strip().matches("[a-z][a-z0-9-]{1,30}"),
                getTranslation("admin.onboard.codeInvalid")).bind("code");
        binder.forField(databaseUrl).withValidator(u -> u.isBlank() || u.strip().startsWith("jdbc:postgresql://"),
                getTranslation("admin.import.databaseInvalid")).bind("databaseUrl");
        FormLayout form = new FormLayout(code, databaseUrl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("admin.import.text")), upload, form, message);

        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            ImportForm chosen;
            try {
                chosen = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                ProvisioningClient.Imported imported = provisioning.importArchive(upload.file().orElseThrow(),
                        blankToNull(chosen.code()), blankToNull(chosen.databaseUrl()), ProvisioningClient.currentToken());
                message.setClassName(LumoUtility.TextColor.SUCCESS);
                message.setText(getTranslation("admin.import.done", imported.nameZh(), imported.code()));
                start.setVisible(false);
                afterwards.run();
            } catch (ProvisioningClient.Refused refused) {
                message.setClassName(LumoUtility.TextColor.ERROR);
                message.setText(refused.text(this));
            }
        });
        Button close = new Button(getTranslation("admin.close"), e -> close());
        close.setId("import-close");
        getFooter().add(close, start);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

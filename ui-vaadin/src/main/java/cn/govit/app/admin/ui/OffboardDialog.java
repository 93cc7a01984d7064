package cn.govit.app.admin.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Formats;
import cn.govit.core.tenancy.Tenant;

/**
 * 注销租户 — in the order provisioning insists on: the suspended tenant's data exported, the kept copy uploaded
 * and verified against its checksums, then the code typed once more. What was removed stays in the audit.
 */
class OffboardDialog extends Dialog {

    private final transient ProvisioningClient provisioning;
    private final Tenant tenant;
    private final Div latest = new Div();
    private final Div message = new Div();
    private final TextField confirmation = new TextField();
    private final Button offboard = new Button();
    private final ArchiveUpload upload = new ArchiveUpload("offboard-verify-upload", this::verify);
    private boolean verified;

    OffboardDialog(ProvisioningClient provisioning, Tenant tenant, Runnable afterwards) {
        this.provisioning = provisioning;
        this.tenant = tenant;
        setId("offboard-dialog");
        setHeaderTitle(getTranslation("admin.offboard.heading", tenant.nameZh()));
        setWidth("40em");
        Paragraph text = new Paragraph(getTranslation("admin.offboard.text"));

        Anchor download = ExportLink.of(provisioning, tenant, "offboard-export", getTranslation("admin.offboard.export"));
        latest.setId("offboard-latest");
        latest.addClassNames(LumoUtility.FontSize.SMALL);
        message.setId("offboard-message");
        message.addClassNames(LumoUtility.TextColor.ERROR);

        confirmation.setId("offboard-confirmation");
        confirmation.setLabel(getTranslation("admin.offboard.confirmation", tenant.code()));
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.setWidthFull();
        confirmation.addValueChangeListener(e -> enable());

        add(text, new H4(getTranslation("admin.offboard.step1")), download,
                new H4(getTranslation("admin.offboard.step2")), upload, latest,
                new H4(getTranslation("admin.offboard.step3")), confirmation, message);

        offboard.setText(getTranslation("admin.offboard.confirm"));
        offboard.setId("offboard-confirm");
        offboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        offboard.addClickListener(e -> {
            try {
                provisioning.offboard(tenant.code(), ProvisioningClient.currentToken());
                close();
                afterwards.run();
            } catch (ProvisioningClient.Refused refused) {
                message.setText(refused.text(this));
            }
        });
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        cancel.setId("offboard-cancel");
        getFooter().add(cancel, offboard);
        showLatest();
    }

    private void verify() {
        try {
            provisioning.verify(tenant.code(), ProvisioningClient.currentToken(), upload.file().orElseThrow());
            message.setText("");
        } catch (ProvisioningClient.Refused refused) {
            message.setText(refused.text(this));
        }
        showLatest();
    }

    private void showLatest() {
        List<ProvisioningClient.Export> exports;
        try {
            exports = provisioning.exports(tenant.code(), ProvisioningClient.currentToken());
        } catch (ProvisioningClient.Refused refused) {
            message.setText(refused.text(this));
            exports = List.of();
        }
        if (exports.isEmpty()) {
            verified = false;
            latest.setText(getTranslation("admin.offboard.noExport"));
        } else {
            ProvisioningClient.Export e = exports.getFirst();
            verified = e.verified() && "SUSPENDED".equals(e.tenantStatus());
            String state = e.verified()
                    ? getTranslation("admin.offboard.verified", Formats.dateTime(e.verifiedAt()), e.verifiedBy())
                    : getTranslation("admin.offboard.unverified");
            latest.setText(getTranslation("admin.offboard.latest", Formats.dateTime(e.exportedAt()), e.exportedBy(),
                    Formats.fileSize(e.sizeBytes()), e.sha256().substring(0, 12), state));
        }
        latest.setClassName(verified ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
        latest.addClassNames(LumoUtility.FontSize.SMALL);
        enable();
    }

    private void enable() {
        offboard.setEnabled(verified && tenant.code().equals(confirmation.getValue().strip()));
    }
}

package cn.govit.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.web.ApiProblem;

/** 暂停租户 — asked once more, with the reason the audit keeps and the tenant's users are not shown. */
class SuspendDialog extends Dialog {

    SuspendDialog(TenantAdministration administration, Tenant tenant, Runnable afterwards) {
        setId("suspend-dialog");
        setHeaderTitle(getTranslation("admin.suspend.heading", tenant.nameZh()));
        setWidth("32em");
        Paragraph text = new Paragraph(getTranslation("admin.suspend.text"));
        TextArea reason = new TextArea(getTranslation("admin.suspend.reason"));
        reason.setId("suspend-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(text, reason);
        Button confirm = new Button(getTranslation("admin.suspend.confirm"), e -> {
            try {
                administration.suspend(tenant.code(), reason.getValue());
                close();
                afterwards.run();
            } catch (ApiProblem problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(ProblemText.of(problem, getLocale()));
            }
        });
        confirm.setId("suspend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        cancel.setId("suspend-cancel");
        getFooter().add(cancel, confirm);
    }
}

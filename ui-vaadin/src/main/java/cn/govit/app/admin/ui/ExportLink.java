package cn.govit.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.govit.core.tenancy.Tenant;

/** 导出 — a link that streams the tenant's archive from provisioning to the browser, recorded there as an export. */
final class ExportLink {

    private ExportLink() {
    }

    static Anchor of(ProvisioningClient provisioning, Tenant tenant, String id, String label) {
        // The token is the one of the request that fetches the archive, not of the page that drew the link.
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(tenant.code() + ".zip");
            event.setContentType("application/zip");
            provisioning.export(tenant.code(), ProvisioningClient.currentToken(), event.getOutputStream());
        }, "");
        link.setId(id);
        link.getElement().setAttribute("download", true);
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}

package cn.govit.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.govit.core.tenancy.Tenant;

/** 导出 — a link that streams the tenant's archive from provisioning to the browser, recorded there as an export. */
final class ExportLink {

    private ExportLink() {
    }

    static Anchor of(ProvisioningClient provisioning, Tenant tenant, String id, String label) {
        // The token is the one of the request that fetches the archive, not of the page that drew the link.
        Anchor link = cn.govit.app.base.ui.ExportLink.of(id, label, (DownloadHandler) event -> {
            event.setFileName(tenant.code() + ".zip");
            event.setContentType("application/zip");
            provisioning.export(tenant.code(), ProvisioningClient.currentToken(), event.getOutputStream());
        });
        link.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return link;
    }
}

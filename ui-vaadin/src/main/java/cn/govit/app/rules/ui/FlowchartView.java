package cn.govit.app.rules.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import cn.govit.app.base.ui.MainLayout;
import cn.govit.core.flowchart.FlowchartApi;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;

/** 审批服务流程图 — the approval flow of the user's tenant, drawn from its rules in force today. */
@Route(value = "rules/flowchart", layout = MainLayout.class)
@Menu(order = 11, title = "flowchart.heading", icon = "vaadin:sitemap")
public class FlowchartView extends VerticalLayout implements HasDynamicTitle {

    public FlowchartView(FlowchartApi flowcharts) {
        setWidthFull();
        H2 heading = new H2(getTranslation("flowchart.heading"));
        if (TenantContext.current().isEmpty()) {
            add(heading, new Paragraph(getTranslation("rules.noTenant")));
            return;
        }
        Tenant tenant = TenantContext.require();
        String svg = flowcharts.currentTenantChart(getLocale());
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);

        String file = getTranslation("flowchart.filename", tenant.code());
        Locale locale = getLocale();
        HorizontalLayout downloads = new HorizontalLayout(
                download("flowchart-download", "flowchart.download", file + ".svg", "image/svg+xml", () -> bytes),
                download("flowchart-download-png", "flowchart.download.png", file + ".png", "image/png",
                        () -> flowcharts.currentTenantPng(locale)),
                download("flowchart-download-pdf", "flowchart.download.pdf", file + ".pdf", "application/pdf",
                        () -> flowcharts.currentTenantPdf(locale)));
        HorizontalLayout header = new HorizontalLayout(heading, downloads);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        // The chart has a viewBox: at most its container's width, its height following.
        Div chart = new Div(new Html("<div>" + svg.replaceFirst("<svg ", "<svg style=\"max-width:100%;height:auto\" ")
                + "</div>"));
        chart.setId("flowchart");
        chart.setWidthFull();
        add(header, new Paragraph(getTranslation("flowchart.explain")), chart);
    }

    /** A link that makes the file when it is clicked, in the tenant's context of this request. */
    private Anchor download(String id, String labelKey, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().insertChild(0, VaadinIcon.DOWNLOAD_ALT.create().getElement());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flowchart.heading");
    }
}

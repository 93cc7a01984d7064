package cn.govit.app.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A button that downloads what {@code handler} writes (an Excel workbook), made when it is clicked. */
public final class ExportLink {

    private ExportLink() {
    }

    public static Anchor of(String id, String label, DownloadHandler handler) {
        Anchor export = new Anchor(handler, "");
        export.setId(id);
        export.getElement().setAttribute("download", true);
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        export.add(button);
        return export;
    }
}

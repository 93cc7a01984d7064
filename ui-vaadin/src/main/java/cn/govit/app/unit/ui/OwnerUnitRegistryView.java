package cn.govit.app.unit.ui;

import java.io.IOException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.unit.OwnerUnitView;
import cn.govit.core.unit.OwnerUnitWorkbook;

/**
 * 项目建设单位 — the district's owner units (第四条) with their credit code, competent department and contact,
 * page by page; the bureau and the tenant administrator register and complete them, and export the register.
 */
@Route(value = "owner-units", layout = MainLayout.class)
@Menu(order = 12, title = "units.heading", icon = "vaadin:building")
@MenuShownTo(UnitMaintainers.class)
public class OwnerUnitRegistryView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnerUnitService units;
    private final Grid<OwnerUnitView> grid = new Grid<>();
    private final TextField filter = new TextField();

    public OwnerUnitRegistryView(OwnerUnitService units, OwnerUnitWorkbook workbook) {
        this.units = units;
        setSizeFull();
        H2 heading = new H2(getTranslation("units.heading"));
        if (!new UnitMaintainers().test(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("units.forbidden"));
            forbidden.setId("units-forbidden");
            add(heading, forbidden);
            return;
        }
        Button register = new Button(getTranslation("units.register"), VaadinIcon.PLUS.create(),
                e -> new OwnerUnitDialog(units, null, this::refresh).open());
        register.setId("unit-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor((DownloadHandler) event -> export(event, workbook), "");
        export.setId("units-export");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("units.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        filter.setId("units-filter");
        filter.setPlaceholder(getTranslation("units.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("20rem");
        filter.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(filter, register, export);
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OwnerUnitView::name).setKey("name").setHeader(getTranslation("units.name"))
                .setWidth("14rem").setFlexGrow(2).setResizable(true).setTooltipGenerator(OwnerUnitView::name);
        grid.addColumn(u -> orDash(u.creditCode())).setKey("creditCode").setHeader(getTranslation("units.creditCode"))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(u -> orDash(u.competentDepartment())).setKey("competentDepartment")
                .setHeader(getTranslation("units.competentDepartment")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(u -> orDash(u.contactPerson())).setKey("contactPerson")
                .setHeader(getTranslation("units.contactPerson")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(u -> orDash(u.contactPhone())).setKey("contactPhone")
                .setHeader(getTranslation("units.contactPhone")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("units.edit"), e -> new OwnerUnitDialog(units, u, this::refresh).open());
            edit.setId("unit-edit-" + u.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setKey("edit").setHeader(getTranslation("units.actions")).setWidth("6rem").setFlexGrow(0);
        grid.setSizeFull();
        GridCount.show(grid);
        add(heading, new Paragraph(getTranslation("units.intro")), bar, grid);
        refresh();
    }

    /** The grid asks for the page it shows and the total, as every list does. */
    private void refresh() {
        String q = filter.getValue();
        grid.setItems(query -> units.page(q, query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) units.count(q));
    }

    private void export(DownloadEvent event, OwnerUnitWorkbook workbook) throws IOException {
        event.setFileName(getTranslation("units.export.filename"));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        event.getOutputStream().write(workbook.bytes());
    }

    private String orDash(String value) {
        return value == null ? getTranslation("units.unknown") : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.heading");
    }
}

package cn.govit.app.inventory.ui;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.inventory.DistrictCloudView;
import cn.govit.core.inventory.ImportError;
import cn.govit.core.inventory.ImportResult;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.MigrationPlan;
import cn.govit.core.inventory.MigrationStatus;
import cn.govit.core.inventory.SystemFilter;
import cn.govit.core.inventory.SystemLocation;
import cn.govit.core.inventory.SystemView;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.unit.OwnerUnitView;
import cn.govit.core.web.ApiProblem;

/**
 * 系统台账与迁移 — the district's systems (Art. 15, 38): where each runs, its migration method, target, date and status,
 * overdue and unplanned flagged, the Art. 33 duties it fails; filters, the Excel template, export and import with
 * every wrong cell listed, a form to enter a system and its plan, reporting a migration done for the city to verify
 * (Art. 40); below, the district clouds and their consolidation (Art. 38).
 */
@Route(value = "inventory", layout = MainLayout.class)
@Menu(order = 9.5, title = "inventory.heading", icon = "vaadin:server")
@MenuShownTo(InventoryReaders.class)
public class InventoryView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient InventoryService inventory;
    private final transient OwnerUnitService units;
    private final TextField ownerUnit = new TextField();
    private final Select<SystemLocation> location = new Select<>();
    private final Select<MigrationStatus> status = new Select<>();
    private final Checkbox flagged = new Checkbox();
    private final Grid<SystemView> grid = new Grid<>();
    private final Grid<DistrictCloudView> clouds = new Grid<>();
    private final Span message = new Span();
    private final UnorderedList importErrors = new UnorderedList();
    private final Span count = new Span();

    public InventoryView(InventoryService inventory, OwnerUnitService units) {
        this.inventory = inventory;
        this.units = units;
        setSizeFull();
        add(new H2(getTranslation("inventory.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        Actor actor = CurrentUser.actor();
        if (!InventoryService.readableBy(actor)) {
            Paragraph forbidden = new Paragraph(getTranslation("inventory.forbidden"));
            forbidden.setId("inventory-forbidden");
            add(forbidden);
            return;
        }
        Paragraph help = new Paragraph(getTranslation("inventory.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(help, filters(), actions(actor));
        message.setId("inventory-message");
        importErrors.setId("inventory-import-errors");
        importErrors.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        count.setId("inventory-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(message, importErrors, count, systemsGrid(actor), new H3(getTranslation("inventory.clouds.heading")),
                cloudsGrid());
        refresh();
    }

    private Component filters() {
        ownerUnit.setId("inventory-ownerUnit");
        ownerUnit.setPlaceholder(getTranslation("inventory.filter.ownerUnit"));
        ownerUnit.setClearButtonVisible(true);
        ownerUnit.setWidth("14rem");
        ownerUnit.setValueChangeMode(ValueChangeMode.LAZY);
        ownerUnit.addValueChangeListener(e -> refresh());
        choice(location, "inventory-location", SystemLocation.values(), "inventory.filter.anyLocation",
                l -> l.label(getLocale()));
        choice(status, "inventory-status", MigrationStatus.values(), "inventory.filter.anyStatus",
                s -> s.label(getLocale()));
        flagged.setId("inventory-flagged");
        flagged.setLabel(getTranslation("inventory.filter.flagged"));
        flagged.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(ownerUnit, location, status, flagged);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** A filter of one of {@code values}, or any ({@code anyKey}). */
    private <T> void choice(Select<T> select, String id, T[] values, String anyKey, Function<T, String> label) {
        select.setId(id);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(anyKey) : label.apply(v));
        select.addValueChangeListener(e -> refresh());
    }

    private Component actions(Actor actor) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        if (InventoryService.writableBy(actor)) {
            Button add = new Button(getTranslation("inventory.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("inventory-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        bar.add(download("inventory-template", "inventory.template", event -> write(event,
                getTranslation("inventory.template.filename"), inventory.template())));
        bar.add(download("inventory-export", "inventory.export", event -> write(event,
                getTranslation("inventory.export.filename"), inventory.export(filter()))));
        if (InventoryService.writableBy(actor)) {
            Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                    importWorkbook(bytes)))));
            Localized.upload(upload);
            upload.setId("inventory-import");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".xlsx", XLSX);
            upload.setUploadButton(new Button(getTranslation("inventory.import"), VaadinIcon.UPLOAD.create()));
            bar.add(upload);
        }
        return bar;
    }

    private Anchor download(String id, String label, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, "");
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(label), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }

    private static void write(DownloadEvent event, String filename, byte[] workbook) throws IOException {
        event.setFileName(filename);
        event.setContentType(XLSX);
        event.getOutputStream().write(workbook);
    }

    /** Imports a filled-in template; when any cell is wrong, nothing is imported and each is listed. */
    void importWorkbook(byte[] bytes) {
        importErrors.removeAll();
        try {
            ImportResult result = inventory.importWorkbook(bytes, getLocale());
            message.setText(getTranslation("inventory.imported", result.created(), result.updated(), result.unchanged()));
            message.getStyle().remove("color");
            refresh();
        } catch (ApiProblem problem) {
            refused(problem);
            if (problem.properties().get("errors") instanceof List<?> errors) {
                errors.stream().filter(ImportError.class::isInstance).map(ImportError.class::cast)
                        .forEach(e -> importErrors.add(new ListItem(e.text())));
            }
        }
    }

    private Grid<SystemView> systemsGrid(Actor actor) {
        grid.setId("inventory-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SystemView::name).setKey("name").setHeader(getTranslation("inventory.column.name"))
                .setWidth("8rem").setFlexGrow(2);
        grid.addColumn(SystemView::ownerUnit).setKey("ownerUnit").setHeader(getTranslation("inventory.column.ownerUnit"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(s -> s.location().label(getLocale())).setKey("location")
                .setHeader(getTranslation("inventory.column.location")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::planText).setKey("plan").setHeader(getTranslation("inventory.column.plan"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(s -> s.plan() == null ? "" : Formats.date(s.plan().plannedOn())).setKey("plannedOn")
                .setHeader(getTranslation("inventory.column.plannedOn")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusCell).setKey("status").setHeader(getTranslation("inventory.column.status"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::complianceText).setKey("compliance")
                .setHeader(getTranslation("inventory.column.compliance")).setWidth("6.5rem").setFlexGrow(1);
        if (InventoryService.writableBy(actor)) {
            grid.addComponentColumn(this::actionsCell).setKey("actions")
                    .setHeader(getTranslation("inventory.column.actions")).setWidth("7rem").setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("inventory.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<DistrictCloudView> cloudsGrid() {
        clouds.setId("inventory-clouds");
        clouds.addThemeVariants(GridVariant.LUMO_COMPACT);
        clouds.addColumn(DistrictCloudView::name).setKey("name").setHeader(getTranslation("inventory.cloud.name"))
                .setWidth("12rem").setFlexGrow(1);
        clouds.addColumn(c -> Formats.date(c.builtOn())).setKey("builtOn")
                .setHeader(getTranslation("inventory.cloud.builtOn")).setWidth("8rem").setFlexGrow(0);
        clouds.addColumn(c -> c.consolidation().label(getLocale())).setKey("consolidation")
                .setHeader(getTranslation("inventory.cloud.consolidation")).setWidth("8rem").setFlexGrow(0);
        clouds.addColumn(c -> c.consolidationPlannedOn() == null ? "" : Formats.date(c.consolidationPlannedOn()))
                .setKey("plannedOn").setHeader(getTranslation("inventory.cloud.plannedOn")).setWidth("10rem").setFlexGrow(0);
        clouds.addColumn(DistrictCloudView::systemsOnIt).setKey("systems")
                .setHeader(getTranslation("inventory.cloud.systems")).setWidth("9rem").setFlexGrow(0);
        clouds.setEmptyStateText(getTranslation("inventory.clouds.empty"));
        clouds.setAllRowsVisible(true);
        return clouds;
    }

    private String planText(SystemView s) {
        MigrationPlan p = s.plan();
        return p == null ? "" : p.method().label(getLocale()) + " → " + p.target().label(getLocale());
    }

    private Component statusCell(SystemView s) {
        Div cell = new Div();
        if (s.plan() != null) {
            cell.add(new Span(s.plan().status().label(getLocale())));
        }
        if (s.overdue()) {
            cell.add(badge("inventory.badge.overdue", "error"));
        }
        if (s.unplanned()) {
            cell.add(badge("inventory.badge.unplanned", "error"));
        }
        return cell;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme + " small");
        badge.addClassNames(LumoUtility.Margin.Left.XSMALL, LumoUtility.Whitespace.NOWRAP);
        return badge;
    }

    private String complianceText(SystemView s) {
        if (s.exempt()) {
            return getTranslation("inventory.compliance.exempt", s.exemption().label(getLocale()));
        }
        if (s.failing().isEmpty()) {
            return getTranslation("inventory.compliance.met");
        }
        return getTranslation("inventory.compliance.failing", s.failing().stream().map(c -> c.label(getLocale()))
                .collect(Collectors.joining("、")));
    }

    private Component actionsCell(SystemView s) {
        Button edit = new Button(getTranslation("inventory.edit"), e -> edit(s));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("inventory-edit");
        VerticalLayout cell = new VerticalLayout(edit);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (s.plan() != null && !s.plan().status().locked()) {
            Button report = new Button(getTranslation("inventory.report"), e -> act(() -> inventory.reportCompletion(s.id(),
                    s.version())));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            report.addClassName("inventory-report");
            report.setTooltipText(getTranslation("inventory.report.help"));
            cell.add(report);
        }
        return cell;
    }

    private void edit(SystemView system) {
        new SystemDialog(inventory, system, inventory.districtClouds(),
                units.selectable().stream().map(OwnerUnitView::name).toList(), this::refresh).open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            message.setText("");
            refresh();
        } catch (ApiProblem problem) {
            refused(problem);
        }
    }

    private void refused(ApiProblem problem) {
        message.setText(ProblemText.of(problem, getLocale()));
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private SystemFilter filter() {
        return new SystemFilter(ownerUnit.getValue(), location.getValue(), status.getValue(), flagged.getValue());
    }

    private void refresh() {
        List<SystemView> systems = inventory.systems(filter());
        grid.setItems(systems);
        long flags = systems.stream().filter(s -> s.overdue() || s.unplanned()).count();
        count.setText(getTranslation("inventory.count", systems.size(), flags));
        clouds.setItems(inventory.districtClouds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.heading");
    }
}

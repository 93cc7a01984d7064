package cn.govit.app.project.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.PeopleLabels;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectFilter;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.data.domain.PageRequest;

/** 项目登记簿 — the projects of the user's own tenant, filtered, and for an owner unit's officer the way to a new application. */
@Route(value = "projects", layout = MainLayout.class)
@Menu(order = 0, title = "project.registry.heading", icon = "vaadin:clipboard-text")
public class ProjectRegistryView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient PeopleLabels people;
    private final Grid<ProjectView> grid = new Grid<>();
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final ComboBox<ProjectKind> kind = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final TextField text = new TextField();
    /** An owner unit's officer sees its own unit's projects first (Art. 4); the box widens it to the district. */
    private final Checkbox mine = new Checkbox();
    private final Set<String> myUnits = CurrentUser.has(Role.OWNER_OFFICER) ? CurrentUser.actor().ownerUnits() : Set.of();

    public ProjectRegistryView(ProjectService projects, People directory) {
        this.projects = projects;
        this.people = new PeopleLabels(directory, getLocale());
        setSizeFull();
        H2 heading = new H2(getTranslation("project.registry.heading"));
        if (TenantContext.current().isEmpty()) {
            add(heading, new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        HorizontalLayout header = new HorizontalLayout(heading);
        // Art. 4: only an owner unit's officer proposes projects.
        if (CurrentUser.has(Role.OWNER_OFFICER)) {
            Button create = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(ApplicationWizard.class));
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        Anchor export = new Anchor((DownloadHandler) this::export, "");
        export.setId("export-register");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("export.register"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        header.addComponentAtIndex(1, export);
        header.setFlexGrow(1, heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Names get a readable minimum and the room that is left; the short columns size to their content.
        grid.addColumn(ProjectView::title).setHeader(getTranslation("project.title"))
                .setWidth("12rem").setFlexGrow(3).setResizable(true).setTooltipGenerator(ProjectView::title);
        grid.addColumn(p -> getTranslation("project.kind." + p.kind().name())).setHeader(getTranslation("project.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectView::ownerUnit).setHeader(getTranslation("project.ownerUnit"))
                .setWidth("9rem").setFlexGrow(2).setResizable(true).setTooltipGenerator(ProjectView::ownerUnit);
        grid.addColumn(p -> Formats.wanYuan(p.totalInvestment())).setHeader(getTranslation("project.totalInvestment.wan"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.status().label(getLocale())).setHeader(getTranslation("project.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.plannedYear() == null ? "" : p.plannedYear().toString())
                .setHeader(getTranslation("project.plannedYear")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.createdAt())).setHeader(getTranslation("project.createdAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> people.nameOf(p.createdBy())).setHeader(getTranslation("project.createdBy"))
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(p -> people.of(p.createdBy()));
        grid.setEmptyStateText(getTranslation("project.registry.empty"));
        GridCount.show(grid);
        grid.setSizeFull();
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProjectDetailView.class,
                ProjectDetailView.of(e.getItem().id())));
        add(header, filters(), grid);
        refresh();
    }

    private HorizontalLayout filters() {
        status.setId("filter-status");
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> s.label(getLocale()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.any"));
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("project.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("project.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("filter.any"));
        year.setId("filter-year");
        year.setLabel(getTranslation("project.plannedYear"));
        year.setMin(2000);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        year.setWidth("9em");
        text.setId("filter-text");
        text.setLabel(getTranslation("filter.text"));
        text.setPlaceholder(getTranslation("filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20em");
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, status, kind, year);
        if (!myUnits.isEmpty()) {
            mine.setId("filter-mine");
            mine.setLabel(getTranslation("filter.mine"));
            mine.setTooltipText(getTranslation("filter.mine.help", String.join(getTranslation("detail.separator"), myUnits)));
            mine.setValue(true);
            mine.addValueChangeListener(e -> refresh());
            filters.add(mine);
        }
        filters.setId("registry-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private ProjectFilter filter() {
        return new ProjectFilter(status.getValue(), kind.getValue(), year.getValue(), text.getValue(),
                mine.getValue() ? myUnits : null);
    }

    /** The grid asks for the page it shows and the total; a district's thousands of projects are never all loaded. */
    private void refresh() {
        ProjectFilter filter = filter();
        grid.setItems(query -> {
                    List<ProjectView> page = projects.page(filter, PageRequest.of(query.getPage(), query.getPageSize())).getContent();
                    people.prefetch(page.stream().map(ProjectView::createdBy).toList());
                    return page.stream();
                },
                query -> (int) projects.count(filter));
    }

    /** The register as filtered now, as an Excel workbook (streamed into the response). */
    private void export(DownloadEvent event) throws IOException {
        event.setFileName(getTranslation("export.register.filename", Formats.date(LocalDate.now(BusinessTime.ZONE))));
        event.setContentType(RegisterWorkbook.CONTENT_TYPE);
        writeExport(event.getOutputStream());
    }

    /** What the export button writes: the projects the grid shows under its filters, in the UI's words. */
    void writeExport(OutputStream out) throws IOException {
        String tenant = TenantContext.current().map(t -> "en".equals(getLocale().getLanguage()) && t.nameEn() != null
                ? t.nameEn() : t.nameZh()).orElse("");
        RegisterWorkbook.write(getTranslation("export.register.title", tenant), filterLine(), projects.list(filter()),
                (key, args) -> getTranslation(key, args), new RegisterWorkbook.ProjectTexts() {
                    @Override
                    public String kind(ProjectView project) {
                        return getTranslation("project.kind." + project.kind().name());
                    }

                    @Override
                    public String status(ProjectView project) {
                        return project.status().label(getLocale());
                    }

                    @Override
                    public String createdBy(ProjectView project) {
                        return people.of(project.createdBy());
                    }
                }, out);
    }

    /** The filters in words, e.g. 筛选：状态 草稿；关键词 教育 — or that the export holds every project. */
    private String filterLine() {
        List<String> parts = new ArrayList<>();
        if (status.getValue() != null) {
            parts.add(getTranslation("project.status") + " " + status.getValue().label(getLocale()));
        }
        if (kind.getValue() != null) {
            parts.add(getTranslation("project.kind") + " " + getTranslation("project.kind." + kind.getValue().name()));
        }
        if (year.getValue() != null) {
            parts.add(getTranslation("project.plannedYear") + " " + year.getValue());
        }
        if (text.getValue() != null && !text.getValue().isBlank()) {
            parts.add(getTranslation("filter.text") + " " + text.getValue().strip());
        }
        if (mine.getValue()) {
            parts.add(getTranslation("filter.mine") + " " + String.join(getTranslation("detail.separator"), myUnits));
        }
        String exported = getTranslation("export.exportedAt", Formats.dateTime(OffsetDateTime.now()));
        return (parts.isEmpty() ? getTranslation("export.filter.none")
                : getTranslation("export.filter", String.join(getTranslation("rules.version.separator"), parts)))
                + "  " + exported;
    }

    @Override
    public String getPageTitle() {
        return TenantContext.current().map(Tenant::nameZh)
                .map(name -> getTranslation("project.registry.pageTitle", name))
                .orElse(getTranslation("app.title"));
    }
}

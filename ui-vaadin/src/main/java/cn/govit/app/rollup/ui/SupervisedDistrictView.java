package cn.govit.app.rollup.ui;

import java.io.IOException;
import java.time.LocalDate;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.ExportLink;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.core.inventory.Criterion;
import cn.govit.core.rollup.DistrictFilter;
import cn.govit.core.rollup.ProjectRow;
import cn.govit.core.rollup.RiskColour;
import cn.govit.core.rollup.Stage;
import cn.govit.core.rollup.SupervisionService;
import cn.govit.core.rollup.TenantFigures;
import cn.govit.core.rollup.UnitRow;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.web.ApiProblem;

/**
 * 县区项目清单 — one district's projects as the city's supervisors read them (Art. 40): from the read model, red first,
 * filtered by stage, risk and text, each opening the project read-only; the list as Excel; and its owner units with
 * their systems' migration and the four duties of Art. 33. Nothing here changes a project.
 */
@Route(value = "supervision/:code", layout = MainLayout.class)
public class SupervisedDistrictView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupervisionService supervision;
    private final Select<Stage> stage = new Select<>();
    private final Select<RiskColour> risk = new Select<>();
    private final TextField text = new TextField();
    private final Grid<ProjectRow> grid = new Grid<>();
    private String code;
    private String title = "";

    public SupervisedDistrictView(SupervisionService supervision) {
        this.supervision = supervision;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        title = getTranslation("supervision.district.pageTitle", code);
        if (!CitySupervisors.refuseOthers(this)) {
            return;
        }
        TenantFigures figures;
        try {
            figures = supervision.figures(code);
        } catch (ApiProblem notFound) {
            Paragraph missing = new Paragraph(getTranslation("supervision.district.notFound", code));
            missing.setId("supervision-not-found");
            add(new H2(getTranslation("supervision.heading")), missing, back());
            return;
        }
        String name = figures.name(getLocale());
        title = getTranslation("supervision.district.pageTitle", name);
        Anchor export = ExportLink.of("supervision-district-export", getTranslation("supervision.export"), this::export);
        H2 heading = new H2(getTranslation("supervision.district.heading", name));
        HorizontalLayout header = new HorizontalLayout(heading, export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Paragraph summary = new Paragraph(getTranslation("supervision.district.summary", figures.projects(),
                Formats.wanYuan(figures.totalInvestment()), Formats.wanYuan(figures.approvedInvestment()),
                figures.overdueSteps(), figures.sanctionsInForce(), figures.ruleDifferences(),
                figures.projectsAsOf() == null ? getTranslation("supervision.asOf.none")
                        : Formats.dateTime(figures.projectsAsOf())));
        summary.setId("supervision-district-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Paragraph readOnly = new Paragraph(getTranslation("supervision.readOnly"));
        readOnly.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        stage.setId("supervision-stage");
        stage.setLabel(getTranslation("supervision.filter.stage"));
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("supervision.filter.all"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("supervision.filter.all") : s.label(getLocale()));
        RiskBadges.filter(risk, "supervision-district-risk", this);
        text.setId("supervision-text");
        text.setLabel(getTranslation("supervision.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        stage.addValueChangeListener(e -> refresh());
        risk.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(stage, risk, text);

        columns();
        add(back(), header, summary, readOnly, filters, grid, new H3(getTranslation("supervision.units.heading")),
                units());
        refresh();
    }

    /** The district's owner units with their migration and the four duties of Art. 33, the failing systems on hover. */
    private Grid<UnitRow> units() {
        Grid<UnitRow> units = new Grid<>();
        units.setId("supervision-units");
        units.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        units.addColumn(UnitRow::ownerUnit).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(UnitRow::ownerUnit);
        units.addColumn(u -> getTranslation("supervision.units.migrated", u.migrated(), u.systems())).setKey("migrated")
                .setHeader(getTranslation("supervision.units.column.migrated")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(u -> String.valueOf(u.overdue())).setKey("overdue")
                .setHeader(getTranslation("supervision.units.column.overdue")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        for (Criterion criterion : Criterion.values()) {
            units.addColumn(u -> u.meets(criterion) ? "✓" : "✗ " + u.failingSystems(criterion).size())
                    .setKey("criterion-" + criterion.name()).setHeader(criterion.label(getLocale())).setWidth("10rem")
                    .setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER)
                    .setTooltipGenerator(u -> u.meets(criterion) ? getTranslation("supervision.units.met")
                            : getTranslation("supervision.units.failing", String.join("、", u.failingSystems(criterion))));
        }
        units.addComponentColumn(this::standing).setKey("standing")
                .setHeader(getTranslation("supervision.units.column.standing")).setWidth("11rem").setFlexGrow(0);
        units.setEmptyStateText(getTranslation("supervision.units.empty"));
        units.setAllRowsVisible(true);
        units.setItems(supervision.units(code));
        return units;
    }

    /** 合规 / 不合规, with 豁免 and 限制措施 badges (Art. 33). */
    private HorizontalLayout standing(UnitRow unit) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassNames(LumoUtility.Gap.XSMALL);
        badges.add(badge(unit.complies() ? "supervision.units.complies" : "supervision.units.notCompliant",
                unit.complies() ? BadgeVariant.SUCCESS : BadgeVariant.WARNING));
        if (unit.exempt()) {
            badges.add(badge("supervision.units.exempt", BadgeVariant.CONTRAST));
        }
        if (unit.sanctioned()) {
            badges.add(badge("supervision.units.sanctioned", BadgeVariant.ERROR));
        }
        return badges;
    }

    private Badge badge(String key, BadgeVariant variant) {
        Badge badge = new Badge(getTranslation(key));
        badge.addThemeVariants(variant);
        return badge;
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("supervision.back"), SupervisionView.class);
        back.setId("supervision-back");
        return back;
    }

    private void columns() {
        grid.removeAllColumns();
        grid.setId("supervision-projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(p -> new RouterLink(p.title(), SupervisedProjectView.class,
                        new RouteParameters(new RouteParam("code", code), new RouteParam("id", p.projectId().toString()))))
                .setKey("title").setHeader(getTranslation("project.title")).setWidth("14rem").setFlexGrow(3)
                .setTooltipGenerator(ProjectRow::title);
        grid.addComponentColumn(p -> RiskBadges.of(p.risk(), getLocale())).setKey("risk")
                .setHeader(getTranslation("supervision.column.risk")).setWidth("5rem").setFlexGrow(0)
                .setTooltipGenerator(p -> RiskBadges.reasons(p.riskReasons(), getLocale(),
                        getTranslation("supervision.risk.none")));
        grid.addColumn(ProjectRow::ownerUnit).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(ProjectRow::ownerUnit);
        grid.addColumn(p -> p.status().label(getLocale())).setKey("status").setHeader(getTranslation("project.status"))
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(p -> p.status().label(getLocale()));
        grid.addColumn(p -> p.library() == null ? "" : getTranslation("supervision.library", p.library().label(getLocale()),
                        String.valueOf(p.planYear()))).setKey("library")
                .setHeader(getTranslation("supervision.column.library")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(p -> Formats.wanYuan(p.totalInvestment())).setKey("total")
                .setHeader(getTranslation("supervision.column.total")).setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Formats.wanYuan(p.approvedInvestment())).setKey("approved")
                .setHeader(getTranslation("supervision.column.approved")).setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> String.valueOf(p.overdueSteps())).setKey("overdue")
                .setHeader(getTranslation("supervision.column.overdue")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.earliestDueOn() == null ? "" : Formats.date(p.earliestDueOn())).setKey("dueOn")
                .setHeader(getTranslation("supervision.column.dueOn")).setWidth("8rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("supervision.district.empty"));
    }

    private void refresh() {
        DistrictFilter filter = filter();
        grid.setItems(query -> supervision.district(code, filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
    }

    private DistrictFilter filter() {
        return new DistrictFilter(stage.getValue(), null, risk.getValue(), null, null, text.getValue());
    }

    private void export(DownloadEvent event) throws IOException {
        event.setFileName(getTranslation("supervision.district.filename", code,
                Formats.date(LocalDate.now(BusinessTime.ZONE))));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        event.getOutputStream().write(supervision.districtWorkbook(code, filter()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package cn.govit.app.rollup.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.ExportLink;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.core.library.Library;
import cn.govit.core.rollup.MigrationChart;
import cn.govit.core.rollup.MigrationFigures;
import cn.govit.core.rollup.Overview;
import cn.govit.core.rollup.OverviewFilter;
import cn.govit.core.rollup.RiskColour;
import cn.govit.core.rollup.Stage;
import cn.govit.core.rollup.StageChart;
import cn.govit.core.rollup.SupervisionService;
import cn.govit.core.rollup.TenantFigures;
import cn.govit.core.rollup.TrendChart;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantLevel;

/**
 * 市级监管 — every county, district and development zone side by side and in total (Art. 40): projects by stage, the
 * libraries (Art. 9), investment in 万元, overdue items, sanctions in force (Art. 33), rules set differently from the
 * city (Art. 41), the systems' migration and the owner units not complying (Art. 33, 40), the risk colour with its
 * reasons, and when each figure was taken; charts of the stages and of the migration by district, and of the last
 * twelve months' submissions, reserve-library entries, approvals and acceptances;
 * filters; drill-down into a district; the overview as Excel. Read from the city's read model, never changed here.
 */
@Route(value = "supervision", layout = MainLayout.class)
@Menu(order = 4, title = "supervision.heading", icon = "vaadin:globe")
@MenuShownTo(CitySupervisors.class)
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final transient SupervisionService supervision;
    private final Select<TenantLevel> level = new Select<>();
    private final Select<Integer> planYear = new Select<>();
    private final Select<RiskColour> risk = new Select<>();
    private final Grid<TenantFigures> grid = new Grid<>();
    private final FooterRow footer;
    private final Div chart = new Div();
    private final Paragraph summary = new Paragraph();

    public SupervisionView(SupervisionService supervision, Clock clock) {
        this.supervision = supervision;
        setWidthFull();
        H2 heading = new H2(getTranslation("supervision.heading"));
        if (!CitySupervisors.refuseOthers(this)) {
            footer = null;
            return;
        }
        Anchor export = ExportLink.of("supervision-export", getTranslation("supervision.export"), this::export);
        HorizontalLayout header = new HorizontalLayout(heading, export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        level.setId("supervision-level");
        level.setLabel(getTranslation("supervision.filter.level"));
        level.setItems(Arrays.stream(TenantLevel.values()).filter(l -> l != TenantLevel.CITY).toList());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("supervision.filter.all"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("supervision.filter.all")
                : getTranslation("admin.level." + l.name()));
        int thisYear = LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear();
        planYear.setId("supervision-year");
        planYear.setLabel(getTranslation("supervision.filter.planYear"));
        planYear.setItems(thisYear - 1, thisYear, thisYear + 1, thisYear + 2);
        planYear.setEmptySelectionAllowed(true);
        planYear.setEmptySelectionCaption(getTranslation("supervision.filter.allYears"));
        planYear.setItemLabelGenerator(y -> y == null ? getTranslation("supervision.filter.allYears") : String.valueOf(y));
        RiskBadges.filter(risk, "supervision-risk", this);
        level.addValueChangeListener(e -> refresh());
        planYear.addValueChangeListener(e -> refresh());
        risk.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(level, planYear, risk);

        summary.setId("supervision-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        footer = columns();
        chart.setId("supervision-chart");
        chart.setWidthFull();
        add(header, new Paragraph(getTranslation("supervision.explain")), filters, summary, grid, chart);
        refresh();
    }

    private FooterRow columns() {
        grid.setId("supervision-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(t -> new RouterLink(t.name(getLocale()), SupervisedDistrictView.class,
                        new RouteParameters("code", t.code()))).setKey("tenant")
                .setHeader(getTranslation("supervision.column.tenant")).setWidth("12rem").setFlexGrow(1).setFrozen(true)
                .setTooltipGenerator(t -> t.name(getLocale()));
        grid.addComponentColumn(t -> RiskBadges.of(t.risk(), getLocale())).setKey("risk")
                .setHeader(getTranslation("supervision.column.risk")).setWidth("5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> RiskBadges.reasons(t.riskReasons(), getLocale(),
                        getTranslation("supervision.risk.none")));
        number("projects", "supervision.column.projects", TenantFigures::projects, "5rem");
        for (Stage stage : Stage.values()) {
            number("stage-" + stage.name(), stage.label(getLocale()), t -> t.stage(stage), "5.5rem");
        }
        number("reserve", "supervision.column.reserve", t -> t.libraryProjects(Library.RESERVE, planYear.getValue()), "5rem");
        money("reserveWan", "supervision.column.reserveWan",
                t -> Formats.wanYuan(t.libraryInvestment(Library.RESERVE, planYear.getValue())));
        number("implementation", "supervision.column.implementation",
                t -> t.libraryProjects(Library.IMPLEMENTATION, planYear.getValue()), "5rem");
        money("implementationWan", "supervision.column.implementationWan",
                t -> Formats.wanYuan(t.libraryInvestment(Library.IMPLEMENTATION, planYear.getValue())));
        money("total", "supervision.column.total", t -> Formats.wanYuan(t.totalInvestment()));
        money("approved", "supervision.column.approved", t -> Formats.wanYuan(t.approvedInvestment()));
        number("overdue", "supervision.column.overdue", TenantFigures::overdueSteps, "5rem");
        number("sanctions", "supervision.column.sanctions", TenantFigures::sanctionsInForce, "6rem");
        number("rules", "supervision.column.rules", TenantFigures::ruleDifferences, "6rem");
        grid.addColumn(t -> migration(t.migration())).setKey("migration")
                .setHeader(getTranslation("supervision.column.migration")).setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(t -> migrationDetail(t.migration()));
        number("unitsNotCompliant", "supervision.column.unitsNotCompliant", t -> t.migration().unitsNotCompliant(),
                "7rem");
        grid.addColumn(t -> t.projectsAsOf() == null ? getTranslation("supervision.asOf.none")
                        : Formats.dateTime(t.projectsAsOf())).setKey("asOf")
                .setHeader(getTranslation("supervision.column.asOf")).setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(t -> getTranslation("supervision.asOf.detail", at(t.projectsAsOf()),
                        at(t.sanctionsAsOf()), at(t.rulesAsOf())));
        grid.setEmptyStateText(getTranslation("supervision.empty"));
        grid.setAllRowsVisible(true);
        return grid.appendFooterRow();
    }

    private void number(String key, String header, Function<TenantFigures, Integer> value, String width) {
        grid.addColumn(t -> String.valueOf(value.apply(t))).setKey(key)
                .setHeader(header.contains(".") ? getTranslation(header) : header).setWidth(width).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void money(String key, String header, Function<TenantFigures, String> value) {
        grid.addColumn(value::apply).setKey(key).setHeader(getTranslation(header)).setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void refresh() {
        Overview overview = supervision.overview(filter());
        grid.setItems(overview.tenants());
        TenantFigures total = overview.total();
        footer.getCell(grid.getColumnByKey("tenant")).setText(getTranslation("supervision.total"));
        for (Grid.Column<TenantFigures> column : grid.getColumns()) {
            if (!column.getKey().equals("tenant") && !column.getKey().equals("risk") && !column.getKey().equals("asOf")) {
                footer.getCell(column).setText(footerValue(column.getKey(), total));
            }
        }
        footer.getCell(grid.getColumnByKey("risk")).setText(total.risk().label(getLocale()));
        summary.setText(getTranslation("supervision.summary", overview.tenants().size(), total.projects(),
                Formats.wanYuan(total.totalInvestment()), total.overdueSteps()));
        chart.removeAll();
        chart.add(svg(StageChart.svg(overview.tenants(), getLocale())),
                svg(MigrationChart.svg(overview.tenants(), getLocale())), svg(TrendChart.svg(overview.trend(), getLocale())));
    }

    private static Html svg(String svg) {
        return new Html("<div>" + svg.replaceFirst("<svg ", "<svg style=\"max-width:100%;height:auto\" ") + "</div>");
    }

    /** E.g. 已迁移 12/20，逾期 2 (Art. 40). */
    private String migration(MigrationFigures m) {
        return getTranslation("supervision.migration", m.migrated(), m.systems(), m.overdue());
    }

    private String migrationDetail(MigrationFigures m) {
        return getTranslation("supervision.migration.detail", m.inProgress(), m.reported(), m.verified(),
                m.unplanned(), m.districtClouds(), m.cloudsConsolidated(), m.units(), m.unitsNotCompliant(),
                m.unitsExempt(), m.unitsSanctioned());
    }

    /** The total row's text in the column named {@code key}, as the rows above it write theirs. */
    private String footerValue(String key, TenantFigures total) {
        Integer year = planYear.getValue();
        return switch (key) {
            case "projects" -> String.valueOf(total.projects());
            case "reserve" -> String.valueOf(total.libraryProjects(Library.RESERVE, year));
            case "reserveWan" -> Formats.wanYuan(total.libraryInvestment(Library.RESERVE, year));
            case "implementation" -> String.valueOf(total.libraryProjects(Library.IMPLEMENTATION, year));
            case "implementationWan" -> Formats.wanYuan(total.libraryInvestment(Library.IMPLEMENTATION, year));
            case "total" -> Formats.wanYuan(total.totalInvestment());
            case "approved" -> Formats.wanYuan(total.approvedInvestment());
            case "overdue" -> String.valueOf(total.overdueSteps());
            case "sanctions" -> String.valueOf(total.sanctionsInForce());
            case "rules" -> String.valueOf(total.ruleDifferences());
            case "migration" -> migration(total.migration());
            case "unitsNotCompliant" -> String.valueOf(total.migration().unitsNotCompliant());
            default -> String.valueOf(total.stage(Stage.valueOf(key.substring("stage-".length()))));
        };
    }

    private OverviewFilter filter() {
        return new OverviewFilter(level.getValue(), planYear.getValue(), risk.getValue());
    }

    private String at(OffsetDateTime time) {
        return time == null ? getTranslation("supervision.asOf.none") : Formats.dateTime(time);
    }

    /** The overview as filtered now, as the Excel workbook a bureau files. */
    private void export(DownloadEvent event) throws IOException {
        event.setFileName(getTranslation("supervision.export.filename",
                Formats.date(LocalDate.now(BusinessTime.ZONE))));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        event.getOutputStream().write(supervision.overviewWorkbook(filter()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.pageTitle");
    }
}

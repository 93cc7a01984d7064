package cn.govit.app.plan.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.WanYuanField;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.plan.AnnualPlan;
import cn.govit.core.plan.PlanRequests;
import cn.govit.core.plan.PlanService;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;

/**
 * 项目年度计划 (Art. 6, 12) — one year's plan: the projects the leading group included, by priority, with their
 * funds; the total against the finance bureau's arrangement (entered here by the finance bureau, Art. 4) and what
 * remains, in 万元; the meeting periods of the rules' frequency, a period that passed without a meeting flagged;
 * the workbook to submit.
 */
@Route(value = "annual-plan", layout = MainLayout.class)
@Menu(order = 9, title = "plan.heading", icon = "vaadin:calendar-briefcase")
@MenuShownTo(PlanReaders.class)
public class AnnualPlanView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlanService plans;
    private final transient ComplianceService compliance;
    private final IntegerField year = new IntegerField();
    private final Paragraph totals = new Paragraph();
    private final Div flags = new Div();
    private final Div message = new Div();
    private final Grid<AnnualPlan.Entry> entries = new Grid<>();
    private final Grid<AnnualPlan.Period> periods = new Grid<>();
    private final WanYuanField arrangement = new WanYuanField("");
    private final TextField note = new TextField();

    public AnnualPlanView(PlanService plans, ComplianceService compliance, Clock clock) {
        this.plans = plans;
        this.compliance = compliance;
        setSizeFull();
        add(new H2(getTranslation("plan.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        if (!PlanService.readableBy(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("plan.forbidden"));
            forbidden.setId("plan-forbidden");
            add(forbidden);
            return;
        }
        Paragraph help = new Paragraph(getTranslation("plan.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        year.setId("plan-year");
        year.setLabel(getTranslation("plan.year"));
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear());
        year.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor((DownloadHandler) this::export, "");
        export.setId("plan-export");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("plan.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        HorizontalLayout bar = new HorizontalLayout(year, export);
        bar.setAlignItems(Alignment.BASELINE);
        totals.setId("plan-totals");
        totals.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        flags.setId("plan-flags");
        flags.addClassNames(LumoUtility.TextColor.ERROR);
        message.setId("plan-message");
        message.addClassNames(LumoUtility.TextColor.ERROR);
        add(help, bar, totals, flags, message);
        if (PlanService.arrangedBy(CurrentUser.actor())) {
            arrangement.setId("plan-arrangement");
            arrangement.setLabel(getTranslation("plan.arrangement.amount"));
            arrangement.setWidth("14em");
            note.setId("plan-arrangement-note");
            note.setLabel(getTranslation("plan.arrangement.note"));
            note.setMaxLength(500);
            Button save = new Button(getTranslation("plan.arrangement.save"), e -> arrange());
            save.setId("plan-arrangement-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(arrangement, note, save);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        entries.setId("plan-entries");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(AnnualPlan.Entry::priority).setKey("priority").setHeader(getTranslation("plan.column.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        entries.addComponentColumn(e -> new Anchor("projects/" + e.projectId(), e.title())).setKey("title")
                .setHeader(getTranslation("project.title")).setFlexGrow(3);
        entries.addColumn(AnnualPlan.Entry::ownerUnit).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setFlexGrow(2);
        entries.addColumn(e -> Formats.wanYuan(e.totalInvestment())).setKey("investment")
                .setHeader(getTranslation("project.totalInvestment.wan")).setAutoWidth(true).setFlexGrow(0);
        // 第三十三条: while a sanction is in force on the unit, 市财政不再安排项目（系统）运维经费.
        entries.addColumn(e -> Formats.wanYuan(e.fundedAmount()) + (compliance.sanctioned(e.ownerUnit())
                        ? " " + getTranslation("plan.omFundingWithheld") : "")).setKey("funded")
                .setHeader(getTranslation("plan.column.funded")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> Formats.date(e.decidedOn())).setKey("decidedOn")
                .setHeader(getTranslation("plan.column.decidedOn")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> e.status().label(getLocale())).setKey("status")
                .setHeader(getTranslation("library.column.status")).setAutoWidth(true).setFlexGrow(0);
        entries.setAllRowsVisible(true);
        entries.setEmptyStateText(getTranslation("plan.entries.empty"));
        periods.setId("plan-periods");
        periods.addThemeVariants(GridVariant.LUMO_COMPACT);
        periods.addColumn(p -> getTranslation("plan.period.name", p.number())).setKey("number")
                .setHeader(getTranslation("plan.period")).setAutoWidth(true).setFlexGrow(0);
        periods.addColumn(p -> Formats.date(p.from()) + " — " + Formats.date(p.to())).setKey("dates")
                .setHeader(getTranslation("plan.period.dates")).setAutoWidth(true).setFlexGrow(0);
        periods.addColumn(AnnualPlan.Period::meetings).setKey("meetings").setHeader(getTranslation("plan.period.meetings"))
                .setAutoWidth(true).setFlexGrow(0);
        periods.addColumn(p -> getTranslation(p.flagged() ? "plan.period.missed" : p.meetings() > 0
                ? "plan.period.met" : "plan.period.open")).setKey("state").setHeader(getTranslation("plan.period.state"));
        periods.setPartNameGenerator(p -> p.flagged() ? "flagged" : null);
        periods.setAllRowsVisible(true);
        add(new H3(getTranslation("plan.entries")), entries, new H3(getTranslation("plan.periods")), periods);
        refresh();
    }

    private void refresh() {
        if (year.getValue() == null || year.getValue() < 2000 || year.getValue() > 2100) {
            message.setText(getTranslation("plan.invalid"));
            return;
        }
        message.setText("");
        AnnualPlan plan = plans.plan(year.getValue());
        totals.setText(plan.arrangement() == null
                ? getTranslation("plan.totals.noArrangement", String.valueOf(plan.year()), plan.entries().size(),
                Formats.wanYuan(plan.fundedTotal()))
                : getTranslation("plan.totals", String.valueOf(plan.year()), plan.entries().size(),
                Formats.wanYuan(plan.fundedTotal()), Formats.wanYuan(plan.arrangement()),
                Formats.wanYuan(plan.remaining())));
        long missed = plan.periods().stream().filter(AnnualPlan.Period::flagged).count();
        flags.setText(missed == 0 ? "" : getTranslation("plan.flags", missed, plan.meetingsPerYear()));
        entries.setItems(plan.entries());
        periods.setItems(plan.periods());
        if (plan.arrangement() != null) {
            arrangement.setValue(plan.arrangement());
            note.setValue(plan.arrangementNote() == null ? "" : plan.arrangementNote());
        } else {
            arrangement.clear();
            note.clear();
        }
    }

    private void arrange() {
        BigDecimal amount = arrangement.getValue();
        if (arrangement.unreadable() != null) {
            message.setText(arrangement.unreadable());
            return;
        }
        if (amount == null) {
            message.setText(getTranslation("plan.required"));
            return;
        }
        try {
            plans.arrange(year.getValue(), new PlanRequests.Arrangement(amount, note.getValue()));
            refresh();
        } catch (ApiProblem problem) {
            message.setText(ProblemText.of(problem, getLocale()));
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            message.setText(getTranslation("plan.invalid"));
        }
    }

    private void export(DownloadEvent event) throws IOException {
        int y = year.getValue() == null ? LocalDate.now(BusinessTime.ZONE).getYear() : year.getValue();
        event.setFileName(getTranslation("plan.export.filename", String.valueOf(y)));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        event.getOutputStream().write(plans.workbook(y));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.heading");
    }
}

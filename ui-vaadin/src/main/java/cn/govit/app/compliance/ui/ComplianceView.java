package cn.govit.app.compliance.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.compliance.SanctionStatus;
import cn.govit.core.compliance.SanctionView;
import cn.govit.core.inventory.Criterion;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.UnitCompliance;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;

/**
 * 合规 (第三十三条) — per owner unit the four duties computed from the inventory (✓/✗ with the failing systems), the
 * exempt systems, the sanction state and its history; the bureau proposes on the computed grounds, records the city
 * government's consent, withdraws a proposal and lifts a sanction once the unit complies.
 */
@Route(value = "compliance", layout = MainLayout.class)
@Menu(order = 9.6, title = "compliance.heading", icon = "vaadin:scale")
@MenuShownTo(ComplianceReaders.class)
public class ComplianceView extends VerticalLayout implements HasDynamicTitle {

    private final transient InventoryService inventory;
    private final transient ComplianceService compliance;
    private final Grid<UnitCompliance> units = new Grid<>();
    private final Grid<SanctionView> history = new Grid<>();
    private final H3 selected = new H3();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div message = new Div();

    public ComplianceView(InventoryService inventory, ComplianceService compliance) {
        this.inventory = inventory;
        this.compliance = compliance;
        setSizeFull();
        add(new H2(getTranslation("compliance.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        if (!InventoryService.readableBy(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("compliance.forbidden"));
            forbidden.setId("compliance-forbidden");
            add(forbidden);
            return;
        }
        Paragraph help = new Paragraph(getTranslation("compliance.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        message.setId("compliance-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        selected.setId("compliance-selected");
        actions.setId("compliance-actions");
        add(help, unitsGrid(), message, selected, actions, historyGrid());
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.heading");
    }

    private Component unitsGrid() {
        units.setId("compliance-units");
        units.addColumn(UnitCompliance::ownerUnit).setKey("ownerUnit")
                .setHeader(getTranslation("compliance.column.ownerUnit")).setWidth("12rem").setFlexGrow(1);
        for (Criterion c : Criterion.values()) {
            units.addColumn(u -> u.meets(c) ? "✓" : "✗ " + String.join("、", u.failing().get(c))).setKey(c.name())
                    .setHeader(criterionHeader(c)).setWidth("10rem").setFlexGrow(1);
        }
        units.addColumn(u -> u.exempted().stream().map(e -> e.system() + "（" + e.exemption().label(getLocale()) + "）")
                .collect(Collectors.joining("、"))).setKey("exempted")
                .setHeader(getTranslation("compliance.column.exempted")).setWidth("10rem").setFlexGrow(1);
        units.addColumn(u -> latest(u.ownerUnit()).map(s -> s.status().label(getLocale()))
                .orElse(getTranslation("compliance.noSanction"))).setKey("sanction")
                .setHeader(getTranslation("compliance.column.sanction")).setWidth("12rem").setFlexGrow(1);
        units.setAllRowsVisible(true);
        units.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        return units;
    }

    /** The criterion's short name, its full wording of Art. 33 on hover. */
    private Span criterionHeader(Criterion c) {
        Span header = new Span(getTranslation("compliance.criterionShort." + c.name()));
        header.setTitle(c.label(getLocale()));
        return header;
    }

    private Component historyGrid() {
        history.setId("compliance-history");
        history.addColumn(s -> s.status().label(getLocale())).setKey("status")
                .setHeader(getTranslation("compliance.column.status")).setWidth("10rem").setFlexGrow(0);
        history.addColumn(SanctionView::reason).setKey("reason")
                .setHeader(getTranslation("compliance.column.grounds")).setWidth("14rem").setFlexGrow(2);
        history.addColumn(s -> getTranslation("compliance.by", Formats.dateTime(s.imposedAt()), s.imposedBy()))
                .setKey("proposed").setHeader(getTranslation("compliance.column.proposed")).setWidth("12rem");
        history.addColumn(s -> s.consentDate() == null ? "—"
                        : s.consentDate() + " " + s.consentNumber() + (s.consentFile() == null ? ""
                        : "（" + s.consentFile().name() + "）")).setKey("consent")
                .setHeader(getTranslation("compliance.column.consent")).setWidth("14rem");
        history.addColumn(s -> s.withdrawnAt() != null
                        ? getTranslation("compliance.withdrawnBy", Formats.dateTime(s.withdrawnAt()), s.withdrawnBy())
                        : s.liftedAt() != null ? getTranslation("compliance.liftedBy", Formats.dateTime(s.liftedAt()),
                        s.liftedBy(), s.liftNote() == null ? "" : s.liftNote()) : "—")
                .setKey("closed").setHeader(getTranslation("compliance.column.closed")).setWidth("14rem");
        history.setAllRowsVisible(true);
        return history;
    }

    private Optional<SanctionView> latest(String unit) {
        return compliance.history(unit).stream().findFirst();
    }

    private void refresh(String unit) {
        List<UnitCompliance> all = inventory.unitCompliance();
        units.setItems(all);
        all.stream().filter(u -> u.ownerUnit().equals(unit)).findFirst().ifPresentOrElse(units::select,
                () -> show(null));
    }

    private void show(UnitCompliance unit) {
        actions.removeAll();
        if (unit == null) {
            selected.setText(getTranslation("compliance.choose"));
            history.setItems(List.of());
            return;
        }
        selected.setText(unit.ownerUnit());
        List<SanctionView> sanctions = compliance.history(unit.ownerUnit());
        history.setItems(sanctions);
        if (!ComplianceService.actsOnSanctions()) {
            return;
        }
        Optional<SanctionView> open = sanctions.stream().filter(s -> s.status() == SanctionStatus.PROPOSED || s.inForce()).findFirst();
        if (open.isEmpty() && !unit.complies() && !unit.exempt()) {
            actions.add(button("compliance-propose", "compliance.propose", () -> compliance
                    .propose(new ComplianceService.Proposal(unit.ownerUnit()))));
        }
        open.filter(s -> !s.inForce()).ifPresent(s -> {
            Button consent = new Button(getTranslation("compliance.consent"), e -> new ConsentDialog(compliance,
                    s.id(), () -> refresh(unit.ownerUnit())).open());
            consent.setId("compliance-consent");
            actions.add(consent, button("compliance-withdraw", "compliance.withdraw", () -> compliance.withdraw(s.id())));
        });
        open.filter(SanctionView::inForce).ifPresent(s -> {
            TextField note = new TextField();
            note.setId("compliance-lift-note");
            note.setPlaceholder(getTranslation("compliance.lift.note"));
            note.setMaxLength(1000);
            actions.add(note, button("compliance-lift", "compliance.lift", () -> compliance.lift(s.id(),
                    new ComplianceService.Note(note.getValue()))));
        });
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            message.setText("");
            String unit = selected.getText();
            try {
                action.run();
            } catch (ApiProblem problem) {
                message.setText(ProblemText.of(problem, getLocale()));
                return;
            }
            refresh(unit);
        });
        button.setId(id);
        return button;
    }
}

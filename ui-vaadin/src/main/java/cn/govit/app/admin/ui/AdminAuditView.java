package cn.govit.app.admin.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.PlatformAuditLog;

/** 平台操作审计 — who onboarded, suspended, resumed which tenant or published its rules, when, and why. */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(order = 21, title = "admin.audit.heading", icon = "vaadin:records")
@MenuShownTo(PlatformAdmins.class)
public class AdminAuditView extends VerticalLayout implements HasDynamicTitle {

    /** The most recent entries shown; older ones stay in {@code platform.audit_event}. */
    static final int SHOWN = 1000;

    public AdminAuditView(TenantAdministration administration) {
        setSizeFull();
        add(new H2(getTranslation("admin.audit.heading")));
        if (!new PlatformAdmins().test(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("admin.forbidden"));
            forbidden.setId("admin-forbidden");
            add(forbidden);
            return;
        }
        List<PlatformAuditLog.Entry> entries = administration.auditTrail(SHOWN);
        Grid<PlatformAuditLog.Entry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setKey("when").setHeader(getTranslation("admin.audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlatformAuditLog.Entry::actor).setKey("who").setHeader(getTranslation("admin.audit.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> action(e.action())).setKey("what").setHeader(getTranslation("admin.audit.what"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.tenantCode() == null ? "" : e.tenantCode()).setKey("tenant")
                .setHeader(getTranslation("admin.audit.tenant")).setAutoWidth(true).setFlexGrow(0);
        // A district's own decisions are recorded in the platform's terms (ids, step codes); the project's history
        // says them in words, so here they stay in the tooltip. What administrators wrote (reasons) is shown.
        grid.addColumn(e -> e.detail() == null || DECISIONS.contains(e.action()) ? "" : e.detail()).setKey("detail")
                .setHeader(getTranslation("admin.audit.detail")).setFlexGrow(1)
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        ListDataProvider<PlatformAuditLog.Entry> rows = new ListDataProvider<>(entries);
        grid.setItems(rows);
        grid.setSizeFull();

        TextField filter = new TextField();
        filter.setId("audit-filter");
        filter.setPlaceholder(getTranslation("admin.audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("20em");
        filter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            rows.setFilter(entry -> q.isEmpty() || matches(entry, q));
        });
        add(filter, grid);
    }

    private boolean matches(PlatformAuditLog.Entry e, String q) {
        return contains(e.actor(), q) || contains(e.tenantCode(), q) || contains(e.detail(), q)
                || contains(e.action(), q) || contains(action(e.action()), q);
    }

    private static boolean contains(String value, String q) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(q);
    }

    private static final Set<String> DECISIONS = Set.of("PROJECT_STEP", "OPINION_ISSUED", "DRAFT_DELETED");

    /** The action in words; one this build does not know yet stays as recorded. */
    private String action(String action) {
        String text = getTranslation("admin.audit.action." + action);
        return text.startsWith("!") ? action : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.heading");
    }
}

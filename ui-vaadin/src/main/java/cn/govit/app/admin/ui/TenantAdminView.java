package cn.govit.app.admin.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.administration.TenantCounts;
import cn.govit.core.administration.TenantNode;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.web.ApiProblem;

/**
 * 租户管理 — the city and every county, district, development zone and bureau below it (Art. 38–41) as a tree,
 * with kind, 行政区划代码 and state, the count per state, a search, and per tenant the actions that fit its
 * state: suspend, resume, export, offboard, continue a failed onboarding; an archive imports as a tenant.
 * The platform administrator's only.
 */
@Route(value = "admin/tenants", layout = MainLayout.class)
@Menu(order = 20, title = "admin.tenants.heading", icon = "vaadin:cluster")
@MenuShownTo(PlatformAdmins.class)
public class TenantAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TenantAdministration administration;
    private final transient ProvisioningClient provisioning;
    private final TreeGrid<TenantNode> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Span counts = new Span();
    private final Div message = new Div();

    public TenantAdminView(TenantAdministration administration, ProvisioningClient provisioning) {
        this.administration = administration;
        this.provisioning = provisioning;
        setSizeFull();
        add(new H2(getTranslation("admin.tenants.heading")));
        if (!new PlatformAdmins().test(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("admin.forbidden"));
            forbidden.setId("admin-forbidden");
            add(forbidden);
            return;
        }
        counts.setId("tenant-counts");
        counts.addClassNames(LumoUtility.TextColor.SECONDARY);
        search.setId("tenant-search");
        search.setPlaceholder(getTranslation("admin.tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("20em");
        Button onboard = new Button(getTranslation("admin.onboard.open"), VaadinIcon.PLUS.create(),
                e -> openOnboarding(null));
        onboard.setId("open-onboarding");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importArchive = new Button(getTranslation("admin.import.open"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(provisioning, this::refresh).open());
        importArchive.setId("open-import");
        HorizontalLayout bar = new HorizontalLayout(search, counts, importArchive, onboard);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(counts);
        message.setId("admin-message");
        message.addClassNames(LumoUtility.TextColor.ERROR);

        tree.setId("tenant-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tree.addHierarchyColumn(n -> n.tenant().nameZh()).setKey("name").setHeader(getTranslation("admin.tenant.name"))
                .setFlexGrow(3);
        tree.addColumn(n -> n.tenant().shortName() == null ? "" : n.tenant().shortName()).setKey("shortName")
                .setHeader(getTranslation("admin.tenant.shortName")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> n.tenant().code()).setKey("code").setHeader(getTranslation("admin.tenant.code"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> getTranslation("admin.level." + n.tenant().level().name())).setKey("level")
                .setHeader(getTranslation("admin.tenant.level")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> n.tenant().divisionCode() == null ? "" : n.tenant().divisionCode()).setKey("division")
                .setHeader(getTranslation("admin.tenant.division")).setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(n -> statusBadge(n.tenant())).setKey("status")
                .setHeader(getTranslation("admin.tenant.status")).setWidth("7em").setFlexGrow(0);
        tree.addComponentColumn(n -> actions(n.tenant())).setKey("actions")
                .setHeader(getTranslation("admin.tenant.actions")).setAutoWidth(true).setFlexGrow(1);
        tree.setSizeFull();
        add(bar, message, tree);
        refresh();
    }

    private void refresh() {
        TenantCounts c = administration.counts();
        counts.setText(getTranslation("admin.tenants.counts", c.total(), c.active(), c.suspended(), c.pending()));
        List<TenantNode> roots = administration.tree(search.getValue());
        tree.setItems(roots, TenantNode::children);
        tree.expandRecursively(roots, Integer.MAX_VALUE);
    }

    private Span statusBadge(Tenant tenant) {
        Span badge = new Span(getTranslation("admin.status." + tenant.status().name()));
        badge.getElement().getThemeList().add(switch (tenant.status()) {
            case ACTIVE -> "badge success";
            case SUSPENDED -> "badge error";
            case PENDING -> "badge contrast";
            // Art. 39's offboarding leaves a tombstone: listed, never acted on again.
            case OFFBOARDED -> "badge";
        });
        return badge;
    }

    /** The row's actions; each fits the tenant's state: offboarding only for a suspended one (Art. 39 export first). */
    private HorizontalLayout actions(Tenant tenant) {
        List<Component> buttons = new ArrayList<>();
        switch (tenant.status()) {
            case ACTIVE -> {
                buttons.add(action("suspend", tenant, () -> new SuspendDialog(administration, tenant,
                        this::refresh).open()));
                buttons.add(ExportLink.of(provisioning, tenant, "export-" + tenant.code(),
                        getTranslation("admin.action.export")));
            }
            case SUSPENDED -> {
                buttons.add(action("resume", tenant, () -> confirmResume(tenant)));
                buttons.add(ExportLink.of(provisioning, tenant, "export-" + tenant.code(),
                        getTranslation("admin.action.export")));
                buttons.add(action("offboard", tenant, () -> new OffboardDialog(provisioning, tenant,
                        this::refresh).open()));
            }
            case PENDING -> buttons.add(action("continue", tenant, () -> openOnboarding(tenant)));
            case OFFBOARDED -> { }
        }
        HorizontalLayout row = new HorizontalLayout();
        row.addClassName("row-actions");
        row.setSpacing(false);
        row.addClassNames(LumoUtility.Gap.SMALL);
        buttons.forEach(row::add);
        return row;
    }

    private Button action(String name, Tenant tenant, Runnable run) {
        Button button = new Button(getTranslation("admin.action." + name), e -> run.run());
        button.setId(name + "-" + tenant.code());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void confirmResume(Tenant tenant) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("resume-dialog");
        dialog.setHeader(getTranslation("admin.resume.heading", tenant.nameZh()));
        dialog.setText(getTranslation("admin.resume.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin.resume.confirm"));
        dialog.addConfirmListener(e -> {
            try {
                administration.resume(tenant.code());
                message.setText("");
            } catch (ApiProblem problem) {
                message.setText(ProblemText.of(problem, getLocale()));
            }
            refresh();
        });
        dialog.open();
    }

    private void openOnboarding(Tenant pending) {
        List<Tenant> parents = new ArrayList<>();
        collect(administration.tree(null), parents);
        new OnboardingDialog(administration, provisioning, parents, pending, this::refresh).open();
    }

    private static void collect(List<TenantNode> nodes, List<Tenant> into) {
        for (TenantNode n : nodes) {
            into.add(n.tenant());
            collect(n.children(), into);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.tenants.heading");
    }
}

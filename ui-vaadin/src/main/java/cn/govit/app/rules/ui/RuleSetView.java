package cn.govit.app.rules.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.PeopleLabels;
import cn.govit.core.rules.Latitude;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.security.People;
import cn.govit.core.rules.RuleSetVersion;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;

/**
 * 规则集 — the rules in force for the user's tenant beside the city baseline and the regulation, the
 * tenant's versions, and for its administrator the form that publishes the next version (Art. 41).
 */
@Route(value = "rules", layout = MainLayout.class)
@Menu(order = 10, title = "rules.heading", icon = "vaadin:book")
public class RuleSetView extends VerticalLayout implements HasDynamicTitle {

    private final transient RuleSetService rules;
    private final transient PeopleLabels people;
    private final transient Clock clock;

    /** One row of the rule table. */
    record Row(RuleParameter parameter, String value, String baseline) {
        boolean adjusted() {
            return !value.equals(baseline);
        }
    }

    /** One version with the one before it, for its diff. */
    record VersionRow(RuleSetVersion version, Map<RuleParameter, String> previous) {
    }

    public RuleSetView(RuleSetService rules, People directory, Clock clock) {
        this.rules = rules;
        this.people = new PeopleLabels(directory, getLocale());
        this.clock = clock;
        setWidthFull();
        refresh();
    }

    /** Rebuilds the view from the rules in force now, e.g. after a new version was published. */
    final void refresh() {
        removeAll();
        H2 heading = new H2(getTranslation("rules.heading"));
        if (TenantContext.current().isEmpty()) {
            add(heading, new Paragraph(getTranslation("rules.noTenant")));
            return;
        }
        Tenant tenant = TenantContext.require();
        boolean city = RuleSetVersion.CITY.equals(tenant.code());
        RuleSet local = rules.current();
        RuleSet cityRules = rules.inForce(RuleSetVersion.CITY, local.date());

        Span version = new Span(getTranslation("rules.version.inForce", versionInWords(tenant, local)));
        version.setId("rules-version");
        add(heading, version);
        if (CitySupervision.allows(CurrentUser.actor())) {
            RouterLink districts = new RouterLink(getTranslation("rules.districts.link"), DistrictRulesView.class);
            districts.setId("rules-districts-link");
            add(districts);
        }

        List<Row> rows = Arrays.stream(RuleParameter.values()).map(p -> new Row(p, local.value(p),
                city ? p.regulationValue() : cityRules.value(p))).toList();
        add(ruleGrid(rows));

        List<RuleSetVersion> versions = rules.versions(tenant.code());
        Map<RuleParameter, String> inForce = versions.stream().filter(v -> v.version() == local.localVersion()
                        || city && v.version() == local.baselineVersion())
                .findFirst().map(RuleSetVersion::overrides).orElse(Map.of());
        if (CurrentUser.has(Role.TENANT_ADMIN)) {
            add(new H3(getTranslation("rules.editor.heading")),
                    new RuleSetEditor(rules, clock, rows, inForce, city, this::refresh));
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("rules.editor.readOnly"));
            readOnly.setId("rules-read-only");
            add(readOnly);
        }
        add(new H3(getTranslation("rules.versions.heading")), versionGrid(versions));
    }

    private Grid<Row> ruleGrid(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.setId("rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> RuleTexts.article(this, r.parameter())).setHeader(getTranslation("rules.column.article"))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(r -> r.parameter().label(getLocale())).setHeader(getTranslation("rules.column.label"))
                .setWidth("12rem").setFlexGrow(3);
        grid.addColumn(r -> RuleTexts.value(this, r.parameter(), r.value())).setHeader(getTranslation("rules.column.value"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> RuleTexts.value(this, r.parameter(), r.baseline())).setHeader(getTranslation("rules.column.baseline"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> RuleTexts.value(this, r.parameter(), r.parameter().regulationValue()))
                .setHeader(getTranslation("rules.column.regulation")).setAutoWidth(true).setFlexGrow(1);
        // A component column is measured before its badges render: a width of its own keeps the badge inside.
        grid.addColumn(new ComponentRenderer<>(this::badge)).setHeader(getTranslation("rules.column.status"))
                .setWidth("13rem").setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** 本地调整 where the tenant differs from the baseline; the limit where Art. 38 binds every district. */
    private Component badge(Row row) {
        List<Badge> badges = new ArrayList<>();
        if (row.adjusted()) {
            Badge badge = new Badge(getTranslation("rules.localAdjustment"));
            badge.addThemeVariants(BadgeVariant.WARNING);
            badges.add(badge);
        }
        if (row.parameter().latitude() != Latitude.LOOSEN_OR_TIGHTEN) {
            Badge limit = new Badge(getTranslation("rules.latitude." + row.parameter().latitude()));
            limit.addThemeVariants(BadgeVariant.CONTRAST);
            badges.add(limit);
        }
        if (badges.size() == 1) {
            return badges.getFirst();
        }
        Span status = new Span(badges.toArray(Component[]::new));
        status.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        return status;
    }

    private Component versionGrid(List<RuleSetVersion> versions) {
        if (versions.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("rules.versions.empty"));
            empty.setId("rules-versions");
            return empty;
        }
        List<VersionRow> rows = new ArrayList<>();
        Map<RuleParameter, String> previous = Map.of();
        for (RuleSetVersion v : versions) {
            rows.add(new VersionRow(v, previous));
            previous = v.overrides();
        }
        Grid<VersionRow> grid = new Grid<>();
        grid.setId("rules-versions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("rules.version.number", r.version().version())).setHeader(getTranslation("rules.versions.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.version().effectiveFrom())).setHeader(getTranslation("rules.versions.effectiveFrom"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RuleTexts.settings(this, r.version().overrides())).setHeader(getTranslation("rules.versions.sets"))
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(this::changes).setHeader(getTranslation("rules.versions.changes")).setWidth("18rem").setFlexGrow(3);
        grid.addColumn(r -> r.version().note() == null ? "" : r.version().note())
                .setHeader(getTranslation("rules.versions.note")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(r -> people.of(r.version().createdBy())).setHeader(getTranslation("rules.versions.createdBy"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.version().createdAt())).setHeader(getTranslation("rules.versions.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid);
        grid.setItems(rows.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String changes(VersionRow row) {
        List<String> changes = RuleTexts.changes(this, row.previous(), row.version().overrides());
        return changes.isEmpty() ? getTranslation("rules.versions.noChange") : String.join(RuleTexts.separator(this), changes);
    }

    @Override
    public String getPageTitle() {
        return TenantContext.current().map(t -> RuleTexts.english(this) && t.nameEn() != null ? t.nameEn() : t.nameZh())
                .map(name -> getTranslation("rules.pageTitle", name))
                .orElse(getTranslation("rules.heading"));
    }

    /**
     * The rules in force in words, e.g. 东湖区第 7 版（2026-12-02 起）；市级基准第 2 版（2026-01-01 起）— never the
     * internal label {@code city@2/donghu@7}, which stays in the tooltip.
     */
    private String versionInWords(Tenant tenant, RuleSet local) {
        String name = "en".equals(getLocale().getLanguage()) && tenant.nameEn() != null ? tenant.nameEn() : tenant.nameZh();
        String city = local.baselineVersion() == 0 ? getTranslation("rules.version.cityNone")
                : getTranslation("rules.version.city", local.baselineVersion(),
                effectiveFrom(RuleSetVersion.CITY, local.baselineVersion()));
        if (RuleSetVersion.CITY.equals(tenant.code())) {
            return city;
        }
        String own = local.localVersion() == 0 ? getTranslation("rules.version.localNone", name)
                : getTranslation("rules.version.local", name, local.localVersion(),
                effectiveFrom(tenant.code(), local.localVersion()));
        return own + getTranslation("rules.version.separator") + city;
    }

    private String effectiveFrom(String tenant, int version) {
        return rules.versions(tenant).stream().filter(v -> v.version() == version).findFirst()
                .map(v -> Formats.date(v.effectiveFrom())).orElse("—");
    }
}

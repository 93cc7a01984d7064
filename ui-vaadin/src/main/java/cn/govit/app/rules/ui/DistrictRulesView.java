package cn.govit.app.rules.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.rules.RuleSetService.Difference;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantRegistry;

/**
 * 各县区规则差异 — for the city's supervisors: every district's rules that differ from the city
 * baseline today (Art. 41 lets a district set its own; Art. 40 has the city supervise them).
 */
@Route(value = "rules/districts", layout = MainLayout.class)
public class DistrictRulesView extends VerticalLayout implements HasDynamicTitle {

    /** One row: a district and one of its differences, or none when it keeps the baseline. */
    record Row(String tenant, Difference difference) {
    }

    public DistrictRulesView(RuleSetService rules, TenantRegistry registry) {
        setWidthFull();
        add(new H2(getTranslation("rules.districts.heading")));
        if (!CitySupervision.allows(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("rules.districts.forbidden"));
            forbidden.setId("rules-districts-forbidden");
            add(forbidden);
            return;
        }
        Map<String, Tenant> tenants = registry.all().stream().collect(Collectors.toMap(Tenant::code, Function.identity()));
        Map<String, List<Difference>> differences = rules.differencesOfAllTenants();
        List<Row> rows = new ArrayList<>();
        differences.forEach((tenant, list) -> {
            String name = name(tenants.get(tenant), tenant);
            if (list.isEmpty()) {
                rows.add(new Row(name, null));
            }
            list.forEach(d -> rows.add(new Row(name, d)));
        });
        long adjusted = differences.values().stream().filter(l -> !l.isEmpty()).count();
        add(new Paragraph(getTranslation("rules.districts.summary", differences.size(), adjusted)));

        Grid<Row> grid = new Grid<>();
        grid.setId("rules-differences");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::tenant).setHeader(getTranslation("rules.districts.tenant")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.difference() == null ? "" : RuleTexts.article(this, r.difference().parameter()))
                .setHeader(getTranslation("rules.column.article")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(r -> r.difference() == null ? getTranslation("rules.districts.none")
                        : r.difference().parameter().label(getLocale()))
                .setHeader(getTranslation("rules.column.label")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(r -> r.difference() == null ? "" : value(r.difference().parameter(), r.difference().baseline()))
                .setHeader(getTranslation("rules.column.baseline")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.difference() == null ? "" : value(r.difference().parameter(), r.difference().local()))
                .setHeader(getTranslation("rules.column.value")).setAutoWidth(true).setFlexGrow(1);
        GridCount.show(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String value(RuleParameter p, String value) {
        return RuleTexts.value(this, p, value);
    }

    private String name(Tenant tenant, String code) {
        if (tenant == null) {
            return code;
        }
        return RuleTexts.english(this) && tenant.nameEn() != null ? tenant.nameEn() : tenant.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.districts.pageTitle");
    }
}

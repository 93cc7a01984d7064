package cn.govit.app.compliance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.compliance.Consent;
import cn.govit.core.compliance.SanctionView;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.Network;
import cn.govit.core.inventory.ResourceEntry;
import cn.govit.core.inventory.SystemForm;
import cn.govit.core.inventory.SystemLocation;
import cn.govit.core.inventory.UnitCompliance;
import cn.govit.core.inventory.UpdateFrequency;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.unit.OwnerUnitForm;
import cn.govit.core.unit.OwnerUnitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第三十三条 — the 合规 view as the district's bureau uses it: the unit's four duties computed with the failing systems,
 * a sanction proposed on those grounds, in force once the consent is recorded, not lifted while the unit still fails;
 * the owner officer sees its own units only and acts on nothing; a role the article does not name sees nothing.
 */
class ComplianceViewTest extends KaribuViewTest {

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);

    @Autowired
    private InventoryService inventory;
    @Autowired
    private ComplianceService compliance;
    @Autowired
    private OwnerUnitService ownerUnits;

    @Test
    void R33_theBureauProposesOnTheComputedGroundsAndCannotLiftWhileTheUnitStillFails() {
        String unit = unique("东湖区合规看板单位");
        String system = unique("东湖区无接口看板系统");
        asUser(user("donghu", "bureau"), "donghu", () -> {
            ownerUnits.create(new OwnerUnitForm(unit, null, null, null, null, null));
            return inventory.register(new SystemForm(null, system, unit, SystemLocation.CITY_CLOUD, null,
                    Network.GOV_EXTRANET, today.minusYears(3), false, today, null, null, null,
                    List.of(new ResourceEntry("业务数据", UpdateFrequency.DAILY, true)), null));
        });
        as("dh-bureau", "donghu", () -> {
            open("compliance");
            Grid<UnitCompliance> units = units();
            UnitCompliance row = _findAll(units).stream().filter(u -> u.ownerUnit().equals(unit)).findFirst()
                    .orElseThrow();
            units.select(row);
            assertThat(_getFormattedRow(units, _findAll(units).indexOf(row))).contains(unit, "✓", "✗ " + system, "无");

            _click(_get(Button.class, spec -> spec.withId("compliance-propose")));
            assertThat(_getFormattedRow(history(), 0).toString()).contains("已提议，待市政府同意", system);
            _get(Button.class, spec -> spec.withId("compliance-consent"));
            _get(Button.class, spec -> spec.withId("compliance-withdraw"));
        });
        SanctionView proposed = asUser(user("donghu", "bureau"), "donghu", () -> compliance.history(unit).getFirst());
        asUser(user("donghu", "bureau"), "donghu", () -> compliance.consent(proposed.id(),
                new Consent(today, "市政函〔2026〕8号"), "同意.pdf", "application/pdf", PDF));
        as("dh-bureau", "donghu", () -> {
            open("compliance");
            Grid<UnitCompliance> units = units();
            units.select(_findAll(units).stream().filter(u -> u.ownerUnit().equals(unit)).findFirst().orElseThrow());
            assertThat(_getFormattedRow(history(), 0).toString()).contains("已生效", "市政函〔2026〕8号", "同意.pdf");

            _click(_get(Button.class, spec -> spec.withId("compliance-lift")));
            assertThat(_get(Div.class, spec -> spec.withId("compliance-message")).getText()).contains("第三十三条",
                    unit);
        });
        assertThat(asUser(user("donghu", "bureau"), "donghu", () -> compliance.sanctioned(unit))).isTrue();
    }

    @Test
    void R33_anOwnerOfficerSeesItsOwnUnitsAndActsOnNothingAnotherRoleSeesNothing() {
        as("dh-officer", "donghu", () -> {
            open("compliance");
            assertThat(_findAll(units()).stream().map(UnitCompliance::ownerUnit))
                    .allMatch(u -> List.of("东湖区数据资源管理局", "东湖区行政审批局", "东湖区民政局", "东湖区城市管理局").contains(u));
            _assertNone(Button.class, spec -> spec.withId("compliance-propose"));
        });
        as("dh-expert", "donghu", () -> {
            open("compliance");
            _get(Paragraph.class, spec -> spec.withId("compliance-forbidden"));
            _assertNone(Grid.class, spec -> spec.withId("compliance-units"));
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitCompliance> units() {
        return _get(Grid.class, spec -> spec.withId("compliance-units"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SanctionView> history() {
        return _get(Grid.class, spec -> spec.withId("compliance-history"));
    }
}

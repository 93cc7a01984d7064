package cn.govit.app.unit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.unit.OwnerUnitService;

/**
 * 项目建设单位 (第四条) — the bureau and the tenant administrator keep the district's register of owner units in a
 * grid with a form; the roles the regulation does not give it neither find it in the menu nor use its address.
 */
class R4OwnerUnitRegistryViewTest extends KaribuViewTest {

    @Autowired
    private OwnerUnitService units;

    @Test
    void R4_theBureauRegistersAUnitInTheFormAndFindsItInTheGrid() {
        String name = unique("东湖区水务局");
        as("dh-bureau", "donghu", () -> {
            open("owner-units");
            assertThat(menu()).contains("项目建设单位");

            _click(_get(Button.class, spec -> spec.withId("unit-register")));
            enter(_get(TextField.class, spec -> spec.withId("unit-name")), name);
            enter(_get(TextField.class, spec -> spec.withId("unit-credit-code")), "11360102MB0000001X");
            _click(_get(Button.class, spec -> spec.withId("unit-save")));
            // A wrong check character is named on the field; nothing is registered.
            assertThat(_get(TextField.class, spec -> spec.withId("unit-credit-code")).getErrorMessage())
                    .contains("GB 32100-2015");
            assertThat(units.find(name)).isEmpty();

            enter(_get(TextField.class, spec -> spec.withId("unit-credit-code")), "");
            enter(_get(TextField.class, spec -> spec.withId("unit-department")), "东湖区人民政府");
            _click(_get(Button.class, spec -> spec.withId("unit-save")));

            enter(_get(TextField.class, spec -> spec.withId("units-filter")), name);
            assertThat(rows()).hasSize(1);
            assertThat(rows().getFirst().subList(0, 5)).containsExactly(name, "—", "东湖区人民政府", "—", "—");
        });
        assertThat(asUser("dh-bureau", "donghu", () -> units.find(name)).orElseThrow().createdBy())
                .isEqualTo("dh-bureau");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-officer", "dh-dept", "dh-finance", "dh-expert"})
    void R4_aRoleTheRegulationDoesNotNameNeitherSeesNorUsesTheRegister(String username) {
        as(username, "donghu", () -> {
            assertThat(menu()).doesNotContain("项目建设单位");
            open("owner-units");

            assertThat(_get(Paragraph.class, spec -> spec.withId("units-forbidden")).getText()).contains("第四条");
            _assertNone(Button.class, spec -> spec.withId("unit-register"));
            _assertNone(Grid.class, spec -> spec.withId("units-grid"));
        });
    }

    @Test
    void R4_anotherDistrictsBureauDoesNotSeeTheUnits() {
        String name = unique("东湖区档案馆");
        as("dh-bureau", "donghu", () -> {
            open("owner-units");
            _click(_get(Button.class, spec -> spec.withId("unit-register")));
            enter(_get(TextField.class, spec -> spec.withId("unit-name")), name);
            _click(_get(Button.class, spec -> spec.withId("unit-save")));
        });
        as("xh-bureau", "xihu", () -> {
            open("owner-units");
            enter(_get(TextField.class, spec -> spec.withId("units-filter")), name);

            assertThat(rows()).isEmpty();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("units-grid"));
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}

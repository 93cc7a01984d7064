package cn.govit.app.rollup.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rollup.ProjectRow;
import cn.govit.core.rollup.TenantFigures;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.devstack.RealmUsers;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;

/**
 * 第四十条 — the city's supervisors see every district side by side with the total, drill into a district and read a
 * project without any action on it; nobody else has the dashboard.
 */
class SupervisionViewTest extends KaribuViewTest {

    @Test
    void R40_theCitySupervisorSeesEveryDistrictSideBySideWithTheTotalAndTheStageChart() {
        ProjectView project = submit("donghu", create("donghu",
                SampleApplications.completeConstruction(unique("东湖区监管看板项目"), "1234567.89")));
        YearMonth thisMonth = YearMonth.now(BusinessTime.ZONE);
        YearMonth first = thisMonth.minusMonths(11);
        as("nc-bureau", "city", () -> {
            assertThat(menu()).contains("市级监管");
            open("supervision");

            Grid<TenantFigures> grid = overviewGrid();
            List<String> districts = IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).getFirst())
                    .toList();
            assertThat(grid.getColumnByKey("tenant").getHeaderText()).isEqualTo("县（区）、开发区");
            assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-summary")).getText()).contains("个项目");
            assertThat(_get(Div.class, spec -> spec.withId("supervision-chart")).getElement().toString())
                    .contains("<svg", "项目阶段分布", "信息系统迁移进度", "迁移逾期", "近十二个月项目进展趋势", "入储备库",
                            ">" + first.getYear() + "年" + first.getMonthValue() + "月</text>",
                            ">" + (thisMonth.getMonthValue() == 1 ? thisMonth.getYear() + "年" : "")
                                    + thisMonth.getMonthValue() + "月</text>");
            assertThat(grid.getColumnByKey("migration").getHeaderText()).isEqualTo("系统迁移");
            assertThat(_getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).startsWith("已迁移 "));
            assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
            assertThat(String.join(" ", districts)).contains("东湖区", "西湖区").doesNotContain("南昌市");

            open("supervision/donghu");
            @SuppressWarnings("unchecked")
            Grid<ProjectRow> projects = _get(Grid.class, spec -> spec.withId("supervision-projects"));
            assertThat(IntStream.range(0, _size(projects)).mapToObj(i -> _getFormattedRow(projects, i)))
                    .anySatisfy(row -> assertThat(row).contains("123.46", "已申报"));
            @SuppressWarnings("unchecked")
            Grid<?> units = _get(Grid.class, spec -> spec.withId("supervision-units"));
            assertThat(units.getColumnByKey("criterion-MIGRATED").getHeaderText()).isEqualTo("按期完成系统迁移");

            open("supervision/donghu/projects/" + project.id());
            assertThat(_get(H2.class, spec -> spec.withId("supervision-project-title")).getText()).isEqualTo(project.title());
            assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-project-readonly")).getText())
                    .contains("只读", "第四十条");
            assertThat(_find(Button.class).stream().filter(b -> isInside(b, SupervisedProjectView.class))).isEmpty();

            open("supervision/xihu/projects/" + project.id());
            assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-not-found")).getText()).isEqualTo("未找到该项目");
        });
    }

    @Test
    void R40_aDistrictsBureauHasNoDashboardAndIsToldWhoseItIs() {
        as("dh-bureau", "donghu", () -> {
            assertThat(menu()).doesNotContain("市级监管");
            open("supervision");

            assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-forbidden")).getText()).contains("第四十条");
            _assertNone(Grid.class);
            open("supervision/donghu");
            _assertNone(Grid.class);
        });
    }

    @Test
    void R40_theSupervisorRoleInADistrictsOrganizationOpensNoDashboard() {
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-dh", "city-supervisor", Optional.of("donghu"));
        as("test-supervisor-dh", "donghu", () -> {
            assertThat(menu()).doesNotContain("市级监管");
            for (String location : List.of("supervision", "supervision/donghu", "supervision/xihu")) {
                open(location);
                assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-forbidden")).getText()).contains("第四十条");
                _assertNone(Grid.class);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantFigures> overviewGrid() {
        return _get(Grid.class, spec -> spec.withId("supervision-grid"));
    }

    private static boolean isInside(Component c, Class<?> view) {
        for (var p = c.getParent(); p.isPresent(); p = p.get().getParent()) {
            if (view.isInstance(p.get())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> menu() {
        assertThat(UI.getCurrent()).isNotNull();
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}

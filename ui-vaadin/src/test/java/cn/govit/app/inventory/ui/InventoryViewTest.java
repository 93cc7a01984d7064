package cn.govit.app.inventory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.unit.OwnerUnitForm;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.inventory.MigrationMethod;
import cn.govit.core.inventory.MigrationPlan;
import cn.govit.core.inventory.Network;
import cn.govit.core.inventory.ResourceEntry;
import cn.govit.core.inventory.SystemFilter;
import cn.govit.core.inventory.SystemForm;
import cn.govit.core.inventory.SystemLocation;
import cn.govit.core.inventory.SystemView;
import cn.govit.core.inventory.UpdateFrequency;
import cn.govit.core.inventory.MigrationTarget;
import cn.govit.core.shared.BusinessTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第十五条、第三十三条、第四十条 — the 系统台账与迁移 board as the district's bureau and owner officers use it: the systems
 * with where they run, their plan, overdue and unplanned flagged, what of Art. 33 they fail; a system entered in the
 * form; an import refused whole with its wrong cells listed; a migration reported done; nobody else, no other district.
 */
class InventoryViewTest extends KaribuViewTest {

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);

    @Autowired
    private InventoryService inventory;
    @Autowired
    private OwnerUnitService units;

    @Test
    void R15_theBureauSeesEachSystemWithItsPlanTheOverdueFlagAndWhatItFails() {
        String unit = registeredUnit("donghu", "东湖区看板单位");
        register("donghu", new SystemForm(null, "东湖区逾期系统", unit, SystemLocation.OWN_MACHINE_ROOM, null,
                Network.BUSINESS_NETWORK, today.minusYears(7), false, today, null, null, null,
                List.of(new ResourceEntry("案件数据", UpdateFrequency.DAILY, true)),
                new MigrationPlan(MigrationMethod.APPLICATION_MOVE, MigrationTarget.CITY_CLOUD, today.minusDays(3), null)));
        as("dh-bureau", "donghu", () -> {
            open("inventory");

            assertThat(menu()).contains("系统台账与迁移");
            _get(TextField.class, spec -> spec.withId("inventory-ownerUnit")).setValue(unit);
            Grid<SystemView> grid = grid();
            assertThat(_size(grid)).isEqualTo(1);
            assertThat(_getFormattedRow(grid, 0)).contains("东湖区逾期系统", unit, "自建机房", "应用搬迁 → 市政务云",
                    today.minusDays(3).toString());
            assertThat(text(_getCellComponent(grid, 0, "status"))).contains("已计划", "逾期");
            assertThat(_getFormattedRow(grid, 0).toString()).contains("未按期完成系统迁移、提供数据共享开放接口");
            assertThat(_find(Button.class).stream().map(Button::getText)).contains("登记系统", "下载模板", "导出台账");
        });
    }

    @Test
    void R15_anOwnerOfficerEntersItsSystemAndPlanInTheFormAndReportsTheMigrationDone() {
        String name = unique("东湖区表单系统");
        as("dh-officer", "donghu", () -> {
            open("inventory");
            _click(_get(Button.class, spec -> spec.withId("inventory-add")));
            _get(TextField.class, spec -> spec.withId("system-name")).setValue(name);
            @SuppressWarnings("unchecked")
            ComboBox<String> ownerUnit = _get(ComboBox.class, spec -> spec.withId("system-ownerUnit"));
            // The officer's own registered units (Art. 4), none of another unit of the district.
            assertThat(ownerUnit.getListDataView().getItems().toList()).contains("东湖区民政局")
                    .isSubsetOf("东湖区数据资源管理局", "东湖区行政审批局", "东湖区民政局", "东湖区城市管理局");
            ownerUnit.setValue("东湖区民政局");
            select("system-location").setValue(SystemLocation.OWN_MACHINE_ROOM);
            select("system-network").setValue(Network.BUSINESS_NETWORK);
            _get(DatePicker.class, spec -> spec.withId("system-commissionedOn")).setValue(LocalDate.of(2015, 3, 1));
            _get(Checkbox.class, spec -> spec.withId("system-sharingInterface")).setValue(true);
            assertThat(select("system-exemption").isReadOnly()).isTrue();
            select("plan-method").setValue(MigrationMethod.PHYSICAL_MOVE);
            select("plan-target").setValue(MigrationTarget.CITY_DATA_CENTRE);
            _get(DatePicker.class, spec -> spec.withId("plan-plannedOn")).setValue(today.plusMonths(2));
            _click(_get(Button.class, spec -> spec.withId("system-resource-add")));
            _get(TextField.class, spec -> spec.withClasses("resource-name")).setValue("救助对象信息");
            _get(Select.class, spec -> spec.withClasses("resource-frequency")).setValue(UpdateFrequency.MONTHLY);
            _click(_get(Button.class, spec -> spec.withId("system-save")));

            _assertNone(com.vaadin.flow.component.dialog.Dialog.class);
            _get(TextField.class, spec -> spec.withId("inventory-ownerUnit")).setValue("东湖区民政局");
            int row = systemRow(name);
            assertThat(_getFormattedRow(grid(), row)).contains("物理搬迁 → 全市一体化数据中心");
            Component actions = _getCellComponent(grid(), row, "actions");
            _click(_get(actions, Button.class, spec -> spec.withText("报告完成")));
            assertThat(text(_getCellComponent(grid(), systemRow(name), "status"))).contains("已报告完成");
        });
        assertThat(asUser("dh-bureau", "donghu", () -> inventory.systems(SystemFilter.ALL)).stream()
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow().resources())
                .containsExactly(new ResourceEntry("救助对象信息", UpdateFrequency.MONTHLY, false));
    }

    @Test
    void R15_anImportWithAWrongCellListsItByRowAndColumnAndImportsNothing() {
        String unit = registeredUnit("donghu", "东湖区导入看板单位");
        byte[] template = asUser("dh-bureau", "donghu", () -> inventory.template());
        byte[] filled = fill(template, List.of(
                List.of("东湖区导入好系统", unit, "市政务云", "", "政务外网", "2016-01-01", "是", today.toString()),
                List.of("东湖区导入坏系统", unit, "市政务云", "", "外网", "2016-01-01", "是", today.toString())));
        as("dh-bureau", "donghu", () -> {
            open("inventory");
            _get(InventoryView.class).importWorkbook(filled);

            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .containsExactly("第 3 行「网络」：应为以下之一：政务外网、政务内网、业务专网、互联网");
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("inventory-message"))
                    .getText()).contains("未导入");
            _get(TextField.class, spec -> spec.withId("inventory-ownerUnit")).setValue(unit);
            assertThat(_size(grid())).isZero();
        });
    }

    @Test
    void R15_rolesTheArticlesDoNotNameSeeNoBoard_andNoDistrictSeesAnothersSystems() {
        String name = unique("东湖区隔离看板系统");
        register("donghu", new SystemForm(null, name, registeredUnit("donghu", "东湖区单位"), SystemLocation.CITY_CLOUD, null,
                Network.GOV_EXTRANET, today.minusYears(3), true, today, null, null, null, List.of(), null));
        as("dh-dept", "donghu", () -> {
            open("inventory");
            assertThat(menu()).doesNotContain("系统台账与迁移");
            assertThat(_get(Paragraph.class, spec -> spec.withId("inventory-forbidden")).getText()).contains("第十五条");
            _assertNone(Grid.class);
        });
        as("xh-bureau", "xihu", () -> {
            open("inventory");
            assertThat(names()).doesNotContain(name);
        });
        as("dh-finance", "donghu", () -> {
            open("inventory");
            assertThat(names()).contains(name);
            _assertNone(Button.class, spec -> spec.withId("inventory-add"));
        });
    }

    private void register(String tenant, SystemForm form) {
        asUser(user(tenant, "bureau"), tenant, () -> inventory.register(form));
    }

    /** A unit no other test uses, registered by the district's bureau as owner units are (Art. 15). */
    private String registeredUnit(String tenant, String prefix) {
        String name = unique(prefix);
        asUser(user(tenant, "bureau"), tenant, () -> units.create(new OwnerUnitForm(name, null, null, null, null, null)));
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Grid<SystemView> grid() {
        return _get(Grid.class, spec -> spec.withId("inventory-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static List<String> names() {
        Grid<SystemView> grid = grid();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            names.add(_getFormattedRow(grid, i).getFirst());
        }
        return names;
    }

    private static int systemRow(String name) {
        return names().indexOf(name);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static byte[] fill(byte[] template, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("信息系统台账");
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

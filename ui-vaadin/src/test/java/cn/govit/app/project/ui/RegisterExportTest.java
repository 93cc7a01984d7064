package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/** 导出 Excel: the register as filtered, opened again with Apache POI and read cell by cell, in 万元. */
class RegisterExportTest extends KaribuViewTest {

    @Test
    void theFilteredRegisterExportsWithTitleUnitRowsAndTotalInWanYuan() {
        String keyword = "导出" + UUID.randomUUID().toString().substring(0, 6);
        ProjectView big = create("donghu", SampleApplications.completeConstruction("东湖区" + keyword + "数据平台",
                "2860000.00"));
        ProjectView small = submit("donghu", create("donghu", SampleApplications.completeConstruction(
                "东湖区" + keyword + "小程序", "123456.78")));
        ProjectView other = create("donghu", unique("东湖区不在筛选内"));

        as("dh-officer", "donghu", () -> {
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), keyword);
            _get(Anchor.class, spec -> spec.withId("export-register"));
            {
                XSSFWorkbook book = exported();
                Sheet sheet = book.getSheetAt(0);
                DataFormatter shown = new DataFormatter();
                assertThat(sheet.getSheetName()).isEqualTo("项目登记簿");
                assertThat(text(sheet, 0, 0)).isEqualTo("东湖区政务信息化项目登记簿");
                assertThat(text(sheet, 1, 0)).startsWith("筛选：搜索 " + keyword).contains("导出时间：");
                assertThat(text(sheet, 1, 7)).isEqualTo("单位：万元");
                assertThat(row(sheet, 2)).containsExactly("序号", "项目名称", "项目类型", "建设（业主）单位", "总投资（万元）", "状态",
                        "计划年度", "登记时间", "登记人");
                List<List<String>> rows = List.of(row(sheet, 3), row(sheet, 4));
                assertThat(rows).extracting(r -> r.get(1)).containsExactlyInAnyOrder(big.title(), small.title());
                List<String> bigRow = rows.stream().filter(r -> r.get(1).equals(big.title())).findFirst().orElseThrow();
                assertThat(bigRow.subList(2, 6)).containsExactly("建设类", "东湖区数据资源管理局", "286.00", "草稿");
                assertThat(bigRow.get(8)).isEqualTo("东湖区 业主单位经办人（东湖区城市管理局等 4 个单位）");
                List<String> smallRow = rows.stream().filter(r -> r.get(1).equals(small.title())).findFirst()
                        .orElseThrow();
                assertThat(smallRow.get(4)).isEqualTo("12.35");
                assertThat(smallRow.get(5)).isEqualTo("已申报");
                int amountRow = rows.indexOf(bigRow) + 3;
                assertThat(sheet.getRow(amountRow).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(amountRow).getCell(4).getNumericCellValue()).isEqualTo(286.00);
                assertThat(text(sheet, 5, 0)).isEqualTo("合计（2 个项目）");
                assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(298.35);
                assertThat(shown.formatCellValue(sheet.getRow(5).getCell(4))).isEqualTo("298.35");
                assertThat(sheet.getLastRowNum()).isEqualTo(5);
                assertThat(titlesIn(sheet)).doesNotContain(other.title());
            }
        });
    }

    @Test
    void anotherTenantsExportHoldsNoneOfDonghusProjects() {
        String keyword = "隔离" + UUID.randomUUID().toString().substring(0, 6);
        ProjectView donghu = create("donghu", "东湖区" + keyword + "平台");
        ProjectView xihu = create("xihu", "西湖区" + keyword + "平台");

        as("xh-officer", "xihu", () -> {
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), keyword);
            {
                XSSFWorkbook book = exported();
                Sheet sheet = book.getSheetAt(0);
                assertThat(text(sheet, 0, 0)).isEqualTo("西湖区政务信息化项目登记簿");
                assertThat(titlesIn(sheet)).containsExactly(xihu.title());
                assertThat(text(sheet, 4, 0)).isEqualTo("合计（1 个项目）");
                assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(10.00);
            }
        });
        as("xh-officer", "xihu", () -> {
            {
                XSSFWorkbook book = exported();
                assertThat(titlesIn(book.getSheetAt(0))).isNotEmpty().noneMatch(t -> t.startsWith("东湖区"));
            }
        });
    }

    private static XSSFWorkbook exported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            _get(ProjectRegistryView.class).writeExport(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    private static List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        DataFormatter shown = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 9; c++) {
            cells.add(shown.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static List<String> titlesIn(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        for (int r = 3; r < sheet.getLastRowNum(); r++) {
            titles.add(text(sheet, r, 1));
        }
        return titles;
    }
}

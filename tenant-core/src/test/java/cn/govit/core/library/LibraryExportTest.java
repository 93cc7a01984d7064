package cn.govit.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第九条 — the reserve library as the workbook a bureau submits, opened with Apache POI and read cell by
 * cell against the board: title, 单位：万元, headers, a row per project with 万元 amounts, a subtotal per plan
 * year, the total, the signature block.
 */
class LibraryExportTest extends LifecycleIntegrationTest {

    @Test
    void R9_theReserveLibraryWorkbookHasTheBureausLayoutWithAmountsAndTotalsInWanYuan() throws IOException {
        String id = xihu.projectAt("西湖区导出储备库项目", "1234567.89", ProjectStatus.RESERVE, null);
        JsonNode board = xihu.bureau().get("/api/v1/libraries/RESERVE").expect(200);

        HttpResponse<byte[]> export = xihu.bureau().download("/api/v1/libraries/RESERVE/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("储备库");
            int first = board.get("firstYear").asInt();
            int last = board.get("lastYear").asInt();
            assertThat(text(sheet, 0, 0)).isEqualTo("西湖区政务信息化项目储备库（" + first + "—" + last + "年）");
            assertThat(text(sheet, 1, 7)).isEqualTo("单位：万元");
            assertThat(cells(sheet.getRow(2))).containsExactly(LibraryWorkbook.HEADERS);

            int r = 3;
            int number = 1;
            for (JsonNode year : board.get("years")) {
                for (JsonNode project : year.get("projects")) {
                    Row row = sheet.getRow(r++);
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(number++);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(project.get("title").asString());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(project.get("ownerUnit").asString());
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(project.get("planYear").asInt());
                    assertThat(row.getCell(5).getNumericCellValue())
                            .isCloseTo(project.get("totalInvestment").decimalValue().doubleValue() / 10000, within());
                    assertThat(row.getCell(6).getStringCellValue())
                            .isEqualTo(project.get("exceptional").asBoolean() ? "“一事一议”" : "入库");
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("储备库");
                    if (project.get("projectId").asString().equals(id)) {
                        assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(123.456789, within());
                        assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT).formatCellValue(row.getCell(5)))
                                .isEqualTo("123.46");
                    }
                }
                Row subtotal = sheet.getRow(r++);
                assertThat(subtotal.getCell(1).getStringCellValue()).isEqualTo(year.get("year").asInt() + "年小计");
                assertThat(subtotal.getCell(5).getNumericCellValue())
                        .isCloseTo(year.get("total").decimalValue().doubleValue() / 10000, within());
            }
            assertThat(board.get("outsideHorizon")).isEmpty();
            Row total = sheet.getRow(r++);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(5).getNumericCellValue())
                    .isCloseTo(board.get("total").decimalValue().doubleValue() / 10000, within());
            assertThat(total.getCell(5).getNumericCellValue()).isGreaterThanOrEqualTo(123.456789);
            assertThat(cells(sheet.getRow(r + 1))).startsWith("填报单位（盖章）：", "", "负责人：", "", "填报人：", "",
                    "填报日期：");
            assertThat(sheet.getLastRowNum()).isEqualTo(r + 1);
        }
    }

    @Test
    void R9_onlyTheLibrariesReadersExportThemAndEachOnlyItsOwnTenants() throws IOException {
        String id = xihu.projectAt("西湖区导出权限项目", "500000.00", ProjectStatus.RESERVE, null);

        assertThat(xihu.officer().download("/api/v1/libraries/RESERVE/export").statusCode()).isEqualTo(403);
        assertThat(xihu.user("expert").download("/api/v1/libraries/IMPLEMENTATION/export").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> donghus = donghu.bureau().withHeader("X-Tenant-Id", "xihu")
                .download("/api/v1/libraries/RESERVE/export");
        assertThat(donghus.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(donghus.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).startsWith("东湖区");
            List<String> all = new ArrayList<>();
            sheet.forEach(row -> all.addAll(cells(row)));
            assertThat(all).doesNotContain("西湖区导出权限项目");
        }
        assertThat(id).isNotBlank();
        assertThat(xihu.bureau().download("/api/v1/libraries/NOPE/export").statusCode()).isEqualTo(400);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.000001);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell));
        }
        return values;
    }
}

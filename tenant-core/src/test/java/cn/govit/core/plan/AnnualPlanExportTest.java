package cn.govit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第十二条 — the annual plan as the workbook a bureau submits, opened with Apache POI and read cell by cell against
 * the plan: title, 单位：万元, headers, a row per included project by priority with 万元 amounts, the totals row,
 * the finance bureau's arrangement and what remains, the signature block.
 */
class AnnualPlanExportTest extends LifecycleIntegrationTest {

    @Test
    void R12_theAnnualPlanWorkbookHasTheBureausLayoutWithTotalsInWanYuan() throws IOException {
        int year = today.getYear();
        String a = donghu.projectAt("东湖区导出计划项目甲", "1234567.89", ProjectStatus.RESERVE, null);
        String b = donghu.projectAt("东湖区导出计划项目乙", "880000.00", ProjectStatus.RESERVE, null);
        String meeting = LeadingGroupPlanTest.meeting(donghu, today, a, b);
        LeadingGroupPlanTest.minutes(donghu.bureau(), meeting).expect(200);
        LeadingGroupPlanTest.decide(donghu, meeting, b, LeadingGroupPlanTest.include(LeadingGroupPlanTest.priority(),
                "500000.00")).expect(200);
        LeadingGroupPlanTest.decide(donghu, meeting, a, LeadingGroupPlanTest.include(LeadingGroupPlanTest.priority(),
                "1000000.55")).expect(200);
        donghu.user("finance").send("PUT", "/api/v1/plan/years/" + year + "/arrangement",
                "{\"amount\":\"90000000.00\"}").expect(200);
        JsonNode plan = donghu.bureau().get("/api/v1/plan/years/" + year).expect(200);

        HttpResponse<byte[]> export = donghu.user("finance").download("/api/v1/plan/years/" + year + "/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(year + "年度计划");
            assertThat(text(sheet, 0, 0)).isEqualTo("东湖区" + year + "年度政务信息化项目计划");
            assertThat(text(sheet, 1, 6)).isEqualTo("单位：万元");
            assertThat(cells(sheet.getRow(2))).containsExactly(AnnualPlanWorkbook.HEADERS);
            int r = 3;
            int number = 1;
            BigDecimal investment = BigDecimal.ZERO;
            List<String> titles = new ArrayList<>();
            for (JsonNode entry : plan.get("entries")) {
                Row row = sheet.getRow(r++);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(number++);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(entry.get("priority").asInt());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(entry.get("title").asString());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(entry.get("ownerUnit").asString());
                assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(wan(entry.get("totalInvestment")), within());
                assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(wan(entry.get("fundedAmount")), within());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(entry.get("decidedOn").asString());
                assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                investment = investment.add(entry.get("totalInvestment").decimalValue());
                titles.add(row.getCell(2).getStringCellValue());
            }
            assertThat(titles).contains("东湖区导出计划项目甲", "东湖区导出计划项目乙");
            assertThat(titles.indexOf("东湖区导出计划项目乙")).isLessThan(titles.indexOf("东湖区导出计划项目甲"));
            Row total = sheet.getRow(r++);
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(investment.doubleValue() / 10000, within());
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(wan(plan.get("fundedTotal")), within());
            Row arranged = sheet.getRow(r++);
            assertThat(arranged.getCell(2).getStringCellValue()).isEqualTo("财政资金安排");
            assertThat(arranged.getCell(5).getNumericCellValue()).isCloseTo(9000.0, within());
            Row remaining = sheet.getRow(r++);
            assertThat(remaining.getCell(2).getStringCellValue()).isEqualTo("结余（资金安排 − 已安排）");
            assertThat(remaining.getCell(5).getNumericCellValue()).isCloseTo(wan(plan.get("remaining")), within());
            assertThat(remaining.getCell(5).getNumericCellValue())
                    .isCloseTo(9000.0 - wan(plan.get("fundedTotal")), within());
            Row signature = sheet.getRow(r + 1);
            assertThat(signature.getCell(0).getStringCellValue()).isEqualTo("编制单位（盖章）：");
            assertThat(signature.getCell(3).getStringCellValue()).isEqualTo("负责人：");
            assertThat(signature.getCell(5).getStringCellValue()).isEqualTo("日期：");
            assertThat(sheet.getLastRowNum()).isEqualTo(r + 1);
        }
        assertThat(donghu.officer().download("/api/v1/plan/years/" + year + "/export").statusCode()).isEqualTo(403);
        assertThat(donghu.bureau().download("/api/v1/plan/years/0/export").statusCode()).isEqualTo(400);
    }

    private static double wan(JsonNode yuan) {
        return yuan.decimalValue().doubleValue() / 10000;
    }

    private static Offset<Double> within() {
        return Offset.offset(0.000001);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            values.add(cell.getStringCellValue());
        }
        return values;
    }
}

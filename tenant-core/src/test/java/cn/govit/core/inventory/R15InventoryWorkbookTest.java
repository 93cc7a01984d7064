package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.inMachineRoom;
import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.resource;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第十五条 — the inventory in the published Excel template: downloadable, filled in and imported whole or not at all
 * (each wrong cell named by row and column header), and exported in the same template so export → import round-trips.
 */
class R15InventoryWorkbookTest extends LifecycleIntegrationTest {

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void R15_theTemplateHasThePublishedChineseHeadersOnBothSheets() throws IOException {
        HttpResponse<byte[]> template = donghu.bureau().download("/api/v1/inventory/template");

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(cells(workbook.getSheet("信息系统台账").getRow(0))).containsExactly("系统名称", "建设（业主）单位",
                    "运行位置", "区县政务云名称", "网络", "投入使用日期", "数据共享开放接口", "最近归集日期", "除外情形", "除外理由",
                    "批准人", "迁移方式", "迁移目标", "计划完成日期", "迁移状态");
            assertThat(cells(workbook.getSheet("信息资源目录").getRow(0)))
                    .containsExactly("系统名称", "建设（业主）单位", "资源名称", "更新频度", "是否共享");
            assertThat(workbook.getSheet("信息系统台账").getLastRowNum()).isZero();
        }
        assertThat(donghu.user("dept").download("/api/v1/inventory/template").statusCode()).isEqualTo(403);
    }

    @Test
    void R15_aWorkbookWithOneBadRowIsRefusedWholeNamingRowAndColumn_andNothingIsImported() throws IOException {
        String unit = registeredUnit(donghu.bureau(), "东湖区导入单位");
        byte[] filled = fill(donghu.bureau().download("/api/v1/inventory/template").body(), List.of(
                row("东湖区导入甲系统", unit, "市政务云", "政务外网", "2016-01-01"),
                row("东湖区导入乙系统", unit, "机房", "政务外网", "2016-01-01"),
                row("东湖区导入丙系统", unit, "全市一体化数据中心", "政务外网", "2016-01-01")),
                List.of(List.of("东湖区导入甲系统", unit, "法人库", "每日", "是"),
                        List.of("东湖区导入丙系统", unit, "证照库", "每两天", "是")));

        ApiClient.Response response = donghu.bureau().upload("/api/v1/inventory/import", "file", "台账.xlsx", XLSX,
                filled, Map.of());

        JsonNode problem = refused(response, 422, "R15");
        List<String> errors = problem.get("errors").valueStream().map(e -> e.get("text").asString()).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1)).startsWith("第 3 行「运行位置」：应为以下之一：自建机房");
        assertThat(errors.get(0)).startsWith("「信息资源目录」第 3 行「更新频度」：");
        assertThat(problem.get("title").asString()).contains("2", "未导入");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems?ownerUnit=" + enc(unit)).expect(200)).isEmpty();
    }

    @Test
    void R15_theExportImportsBackUnchanged_andAnEditedExportChangesJustThat() throws IOException {
        String unit = registeredUnit(donghu.bureau(), "东湖区往返单位");
        var planned = inMachineRoom("东湖区往返甲系统", unit, today, today.plusMonths(4));
        planned.put("resources", List.of(resource("法人库", "DAILY", true), resource("证照库", "MONTHLY", false)));
        JsonNode a = register(donghu.bureau(), planned);
        var classified = system("东湖区往返乙系统", unit, today);
        classified.put("exemption", "SPECIAL");
        classified.put("exemptionReason", "条线业务特殊需要");
        classified.put("exemptionApprover", "东湖区大数据局");
        JsonNode b = register(donghu.bureau(), classified);

        byte[] export = donghu.bureau().download("/api/v1/inventory/export?ownerUnit=" + enc(unit)).body();
        JsonNode again = donghu.bureau().upload("/api/v1/inventory/import", "file", "台账.xlsx", XLSX, export, Map.of())
                .expect(200);

        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        JsonNode aAfter = donghu.bureau().get("/api/v1/inventory/systems/" + a.get("id").asString()).expect(200);
        assertThat(aAfter.get("version").asLong()).isEqualTo(a.get("version").asLong());
        assertThat(aAfter.get("resources")).isEqualTo(a.get("resources"));
        assertThat(aAfter.get("plan")).isEqualTo(a.get("plan"));

        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheet("信息系统台账");
            for (Row row : sheet) {
                if ("东湖区往返甲系统".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    // The export streams its text inline; a new cell holds what an editor types.
                    row.removeCell(row.getCell(14));
                    row.createCell(14).setCellValue("实施中");
                }
            }
            edited = bytes(workbook);
        }
        JsonNode changed = donghu.bureau().upload("/api/v1/inventory/import", "file", "台账.xlsx", XLSX, edited, Map.of())
                .expect(200);
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
        assertThat(donghu.bureau().get("/api/v1/inventory/systems/" + a.get("id").asString()).expect(200)
                .get("plan").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems/" + b.get("id").asString()).expect(200)
                .get("version").asLong()).isEqualTo(b.get("version").asLong());
    }

    @Test
    void R15_anOwnerOfficersImportOfAnotherUnitsRowIsRefused() throws IOException {
        byte[] filled = fill(donghu.officer().download("/api/v1/inventory/template").body(), List.of(
                row(unique("东湖区民政导入系统"), "东湖区民政局", "市政务云", "政务外网", "2016-01-01"),
                row(unique("东湖区教育导入系统"), "东湖区教育体育局", "市政务云", "政务外网", "2016-01-01")), List.of());

        JsonNode problem = refused(donghu.officer().upload("/api/v1/inventory/import", "file", "台账.xlsx", XLSX, filled,
                Map.of()), 422, "R15");

        assertThat(problem.get("errors").valueStream().map(e -> e.get("text").asString()))
                .singleElement().asString().startsWith("第 3 行「建设（业主）单位」：");
        assertThat(donghu.bureau().upload("/api/v1/inventory/import", "file", "台账.txt", "text/plain",
                "不是表格".getBytes(StandardCharsets.UTF_8), Map.of()).status()).isEqualTo(400);
        refused(donghu.user("finance").upload("/api/v1/inventory/import", "file", "台账.xlsx", XLSX, filled, Map.of()),
                403, "R15");
    }

    private static List<String> row(String name, String unit, String location, String network, String commissioned) {
        return List.of(name, unit, location, "", network, commissioned, "是", java.time.LocalDate.now().toString());
    }

    private static byte[] fill(byte[] template, List<List<String>> systems, List<List<String>> resources)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            write(workbook.getSheet("信息系统台账"), systems);
            write(workbook.getSheet("信息资源目录"), resources);
            return bytes(workbook);
        }
    }

    private static void write(Sheet sheet, List<List<String>> rows) {
        int r = 1;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getStringCellValue());
        }
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package cn.govit.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 第三十三条、第三十九条 — the district's information-resource catalogue (信息资源目录) on the open-data interface, and
 * for the city every district's projects in one catalogue (市县区分级部署), read from the roll-up's read model by the
 * city's supervisors only (第四十条).
 */
class R39OpenCataloguesTest extends LifecycleIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void R33_everyUserOfTheDistrictReadsItsResourceCatalogueWithoutClassifiedSystems_andNoOtherDistrictSeesIt() {
        String keyword = "资源" + UUID.randomUUID().toString().substring(0, 6);
        String unit = "东湖区" + keyword + "单位";
        assertThat(donghu.bureau().post("/api/v1/owner-units", Map.of("name", unit)).status()).isEqualTo(201);
        donghu.bureau().post("/api/v1/inventory/systems", system(keyword + "人口库", unit, null,
                List.of(resource("人口基础信息", "DAILY", true), resource("户籍变动", "MONTHLY", false)))).expect(201);
        donghu.bureau().post("/api/v1/inventory/systems", system(keyword + "涉密系统", unit, "CLASSIFIED",
                List.of(resource("涉密台账", "YEARLY", false)))).expect(201);

        JsonNode page = donghu.user("expert").get("/api/open/v1/resources?q=" + keyword + "&size=1").expect(200);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        JsonNode all = donghu.department().get("/api/open/v1/resources?ownerUnit=" + encode(unit)).expect(200);
        assertThat(all.get("items").valueStream().map(e -> e.get("resource").asString()))
                .containsExactly("人口基础信息", "户籍变动");
        JsonNode entry = all.get("items").get(0);
        assertThat(entry.get("system").asString()).isEqualTo(keyword + "人口库");
        assertThat(entry.get("frequency").asString()).isEqualTo("DAILY");
        assertThat(entry.get("shared").asBoolean()).isTrue();
        assertThat(donghu.department().get("/api/open/v1/resources?shared=false&q=" + keyword).expect(200)
                .get("items").valueStream().map(e -> e.get("resource").asString())).containsExactly("户籍变动");

        HttpResponse<byte[]> csv = donghu.department().download("/api/open/v1/resources.csv?q=" + keyword);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF系统名称,项目建设单位,信息资源,更新频度,是否共享,提供共享接口\r\n")
                .contains(keyword + "人口库," + unit + ",人口基础信息,每日,是,是").doesNotContain("涉密台账");
        assertThat(xihu.department().get("/api/open/v1/resources?q=" + keyword).expect(200).get("total").asInt()).isZero();
    }

    @Test
    void R39_theCitysCatalogueListsEveryDistrictsProjectsPagedAsTheirSchemasCountThem() {
        String keyword = "全市" + UUID.randomUUID().toString().substring(0, 6);
        String dh = donghu.create(donghu.application("东湖区" + keyword + "目录项目", "410000.00"));
        String xh = xihu.create(xihu.application("西湖区" + keyword + "目录项目", "520000.00"));
        ApiClient city = as("nc-bureau");

        JsonNode found = city.get("/api/open/v1/city/projects?q=" + keyword).expect(200);
        assertThat(found.get("items").valueStream().map(e -> e.get("id").asString())).containsExactlyInAnyOrder(dh, xh);
        JsonNode dhEntry = found.get("items").valueStream().filter(e -> e.get("id").asString().equals(dh)).findFirst()
                .orElseThrow();
        assertThat(dhEntry.get("tenant").asString()).isEqualTo("donghu");
        assertThat(dhEntry.get("tenantName").asString()).isEqualTo("东湖区");
        assertThat(dhEntry.get("totalInvestment").decimalValue()).isEqualByComparingTo("410000.00");
        assertThat(city.get("/api/open/v1/city/projects?tenant=xihu&q=" + keyword).expect(200).get("items")
                .valueStream().map(e -> e.get("id").asString())).containsExactly(xh);

        // Paged through, the district's catalogue is exactly what its own schema holds (counted here in plain SQL).
        Set<String> paged = new HashSet<>();
        long total = -1;
        for (int p = 0; total < 0 || (long) p * 7 < total; p++) {
            JsonNode pg = city.get("/api/open/v1/city/projects?tenant=donghu&size=7&page=" + p).expect(200);
            total = pg.get("total").asLong();
            pg.get("items").forEach(e -> paged.add(e.get("id").asString()));
        }
        String schema = JdbcClient.create(dataSource).sql("SELECT schema_name FROM platform.tenant WHERE code = 'donghu'")
                .query(String.class).single();
        Set<String> inSchema = new HashSet<>(JdbcClient.create(dataSource)
                .sql("SELECT id::text FROM " + schema + ".project WHERE status <> 'CLASSIFIED'").query(String.class).list());
        assertThat(paged).isEqualTo(inSchema);
        assertThat(total).isEqualTo(inSchema.size());

        HttpResponse<byte[]> csv = city.download("/api/open/v1/city/projects.csv?q=" + keyword);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF租户代码,县（区）,项目编号")
                .contains("donghu,东湖区," + dh + ",东湖区" + keyword + "目录项目").contains("xihu,西湖区," + xh);
    }

    @Test
    void R39_theCitysCatalogueAsExcelHasEveryProjectTheFilterFindsWithItsDistrictAndAmountsInWanYuan()
            throws IOException {
        String keyword = "全市表" + UUID.randomUUID().toString().substring(0, 6);
        String dh = donghu.create(donghu.application("东湖区" + keyword + "目录项目", "410000.00"));
        String xh = xihu.create(xihu.application("西湖区" + keyword + "目录项目", "520000.00"));
        ApiClient city = as("nc-bureau");

        HttpResponse<byte[]> xlsx = city.download("/api/open/v1/city/projects.xlsx?q=" + keyword);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全市政务信息化项目目录");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("单位：万元");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("租户代码");
            Map<String, Row> rows = new HashMap<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(2).getStringCellValue(), sheet.getRow(r));
            }
            assertThat(rows).containsOnlyKeys(dh, xh);
            Row dhRow = rows.get(dh);
            assertThat(dhRow.getCell(0).getStringCellValue()).isEqualTo("donghu");
            assertThat(dhRow.getCell(1).getStringCellValue()).isEqualTo("东湖区");
            assertThat(dhRow.getCell(3).getStringCellValue()).isEqualTo("东湖区" + keyword + "目录项目");
            assertThat(dhRow.getCell(9).getNumericCellValue()).isEqualTo(41.0);
            assertThat(rows.get(xh).getCell(0).getStringCellValue()).isEqualTo("xihu");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                city.download("/api/open/v1/city/projects.xlsx?tenant=xihu&q=" + keyword).body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo(xh);
        }
    }

    @Test
    void R40_onlyTheCitysSupervisorsReadTheCitysCatalogue() {
        for (ApiClient district : List.of(donghu.bureau(), donghu.officer(), xihu.bureau(), as("nc-officer"))) {
            assertThat(district.get("/api/open/v1/city/projects").status()).isEqualTo(403);
            assertThat(district.download("/api/open/v1/city/projects.csv").statusCode()).isEqualTo(403);
            assertThat(district.download("/api/open/v1/city/projects.xlsx").statusCode()).isEqualTo(403);
        }
        assertThat(as("nc-bureau").get("/api/open/v1/city/projects?size=501").status()).isEqualTo(400);
    }

    private static Map<String, Object> system(String name, String unit, String exemption,
                                              List<Map<String, Object>> resources) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("ownerUnit", unit);
        s.put("location", "CITY_CLOUD");
        s.put("network", "GOV_EXTRANET");
        s.put("commissionedOn", "2016-05-01");
        s.put("sharingInterface", true);
        s.put("lastCollectedOn", LocalDate.now(BusinessTime.ZONE).toString());
        s.put("exemption", exemption);
        if (exemption != null) {
            s.put("exemptionReason", "涉及国家秘密");
            s.put("exemptionApprover", "东湖区保密局");
        }
        s.put("resources", resources);
        s.put("plan", null);
        return s;
    }

    private static Map<String, Object> resource(String name, String frequency, boolean shared) {
        return Map.of("name", name, "frequency", frequency, "shared", shared);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package cn.govit.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四条、第八条 — projects are proposed and filed by the district's owner units (项目建设（业主）单位): the
 * district's bureau keeps their register, every user of the district reads it, an officer's own units enter it
 * when the platform first sees the officer, and a project naming a unit the register does not know is refused.
 */
class R4OwnerUnitRegistryTest extends LifecycleIntegrationTest {

    private static final String UNITS = "/api/v1/owner-units";
    /** Organisation codes unique within the JVM's database, so each test registers its own unit. */
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    @Test
    void R4_theBureauRegistersAUnitThatEveryUserOfTheDistrictReads() {
        String code = creditCode();
        JsonNode created = donghu.bureau().post(UNITS, unit(unique("东湖区卫生健康委员会"), code)).expect(201);

        assertThat(created.get("creditCode").asString()).isEqualTo(code);
        assertThat(created.get("competentDepartment").asString()).isEqualTo("东湖区人民政府");
        assertThat(created.get("createdBy").asString()).isEqualTo("dh-bureau");
        for (String role : List.of("dept", "officer", "finance", "expert")) {
            JsonNode page = donghu.user(role).get(UNITS + "?q=" + code).expect(200);
            assertThat(page.get("total").asLong()).isOne();
            assertThat(page.get("items").get(0).get("name").asString()).isEqualTo(created.get("name").asString());
            assertThat(donghu.user(role).get(UNITS + "/" + created.get("id").asString()).expect(200)
                    .get("contactPerson").asString()).isEqualTo("王芳");
        }
    }

    @Test
    void R4_theTenantAdministratorCompletesAUnitAndASecondSaveOfTheSameVersionIsRefused() {
        JsonNode created = donghu.bureau().post(UNITS, unit(unique("东湖区退役军人事务局"), null)).expect(201);
        String id = created.get("id").asString();
        ObjectNode completed = unit(created.get("name").asString(), creditCode()).put("version", created.get("version").asLong())
                .put("contactPhone", "0791-86660000");

        JsonNode updated = donghu.admin().send("PUT", UNITS + "/" + id, completed.toString()).expect(200);

        assertThat(updated.get("contactPhone").asString()).isEqualTo("0791-86660000");
        assertThat(updated.get("updatedBy").asString()).isEqualTo("dh-admin");
        assertThat(donghu.bureau().send("PUT", UNITS + "/" + id, completed.toString()).status()).isEqualTo(409);
    }

    @Test
    void R4_aCreditCodeWithAWrongCheckCharacterIsRefusedNamingTheField() {
        String good = creditCode();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String name = unique("东湖区错误代码单位");

        ApiClient.Response response = donghu.bureau().post(UNITS, unit(name, bad));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("creditCode");
        assertThat(response.json().get("title").asString()).contains(bad).contains("GB 32100-2015");
        assertThat(donghu.bureau().get(UNITS + "?q=" + encode(name)).expect(200).get("total").asLong()).isZero();
    }

    @Test
    void R4_aNameOrCreditCodeIsRegisteredOnceAndANameNeverChanges() {
        String code = creditCode();
        JsonNode created = donghu.bureau().post(UNITS, unit(unique("东湖区商务局"), code)).expect(201);

        assertThat(donghu.bureau().post(UNITS, unit(created.get("name").asString(), null)).json().get("field")
                .asString()).isEqualTo("name");
        assertThat(donghu.bureau().post(UNITS, unit(unique("东湖区另一单位"), code)).json().get("field").asString())
                .isEqualTo("creditCode");
        ObjectNode renamed = unit(unique("东湖区改名单位"), code).put("version", created.get("version").asLong());
        ApiClient.Response rename = donghu.bureau().send("PUT", UNITS + "/" + created.get("id").asString(),
                renamed.toString());
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.json().get("field").asString()).isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer", "dept", "finance", "approval", "expert", "secrecy"})
    void R4_aRoleTheRegulationDoesNotNameCannotMaintainTheRegister(String role) {
        JsonNode existing = donghu.bureau().post(UNITS, unit(unique("东湖区司法局"), null)).expect(201);
        String name = unique("东湖区越权登记单位");

        refused(donghu.user(role).post(UNITS, unit(name, null)), 403, "R4");
        ObjectNode changed = unit(existing.get("name").asString(), null).put("contactPerson", "越权")
                .put("version", existing.get("version").asLong());
        refused(donghu.user(role).send("PUT", UNITS + "/" + existing.get("id").asString(), changed.toString()), 403, "R4");

        assertThat(donghu.bureau().get(UNITS + "?q=" + encode(name)).expect(200).get("total").asLong()).isZero();
        assertThat(donghu.bureau().get(UNITS + "/" + existing.get("id").asString()).expect(200).get("contactPerson")
                .asString()).isEqualTo("王芳");
    }

    @Test
    void R4_anotherDistrictNeitherSeesNorChangesTheUnits() {
        JsonNode created = donghu.bureau().post(UNITS, unit(unique("东湖区统计局"), creditCode())).expect(201);
        String id = created.get("id").asString();
        ObjectNode changed = unit(created.get("name").asString(), null).put("contactPerson", "西湖区")
                .put("version", created.get("version").asLong());

        assertThat(xihu.bureau().get(UNITS + "/" + id).status()).isEqualTo(404);
        assertThat(xihu.bureau().send("PUT", UNITS + "/" + id, changed.toString()).status()).isEqualTo(404);
        assertThat(xihu.bureau().get(UNITS + "?q=" + encode(created.get("name").asString())).expect(200)
                .get("total").asLong()).isZero();
        assertThat(donghu.bureau().get(UNITS + "/" + id).expect(200).get("contactPerson").asString()).isEqualTo("王芳");
    }

    @Test
    void R4_theUnitsAnOfficerActsForAreRegisteredWhenTheOfficerIsFirstSeen() {
        donghu.user("edu-officer").get("/api/v1/projects").expect(200);

        for (String unit : List.of("东湖区教育体育局")) {
            JsonNode page = donghu.bureau().get(UNITS + "?q=" + encode(unit)).expect(200);
            assertThat(page.get("items").valueStream().map(u -> u.get("name").asString())).contains(unit);
        }
        assertThat(xihu.bureau().get(UNITS + "?q=" + encode("东湖区教育体育局")).expect(200).get("total").asLong())
                .isZero();
    }

    @Test
    void R4_R8_aProjectOfAUnitTheRegisterDoesNotKnowIsRefusedOnOwnerUnit() {
        ObjectNode application = donghu.application("东湖区未登记单位项目", "500000.00").put("ownerUnit", unique("东湖区未登记单位"));

        JsonNode problem = refused(donghu.officer().post("/api/v1/projects", application), 422, "R4");

        assertThat(problem.get("field").asString()).isEqualTo("ownerUnit");
        assertThat(problem.get("title").asString()).contains("第四条").contains("第八条").contains("未在本区项目建设单位名录");
        String id = donghu.create(donghu.application("东湖区已登记单位项目", "500000.00"));
        ObjectNode moved = donghu.application("东湖区已登记单位项目", "500000.00").put("ownerUnit", unique("东湖区未登记单位"));
        assertThat(refused(donghu.officer().send("PUT", "/api/v1/projects/" + id,
                "{\"version\":" + donghu.version(id) + ",\"application\":" + moved + "}"), 422, "R4")
                .get("field").asString()).isEqualTo("ownerUnit");
    }

    @Test
    void R4_theRegisterDownloadsAsAWorkbook() throws IOException {
        String code = creditCode();
        String name = unique("东湖区审计局");
        donghu.bureau().post(UNITS, unit(name, code)).expect(201);

        var download = donghu.department().download(UNITS + "/export");

        assertThat(download.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("东湖区项目建设单位名录");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("项目建设单位");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 1 && name.equals(r.getCell(1).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("a row for " + name).isNotNull();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(code);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("东湖区人民政府");
        }
    }

    private static ObjectNode unit(String name, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("competentDepartment", "东湖区人民政府");
        body.put("contactPerson", "王芳");
        body.put("contactPhone", "0791-86661234");
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(body);
    }

    /** A government organ's code of 东湖区 (360102): 机构编制 1, 机关 1, an organisation code, its check character. */
    static String creditCode() {
        String first17 = "11360102" + "MB" + String.format("%07d", SERIAL.incrementAndGet() % 10_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String unique(String name) {
        return name + SERIAL.incrementAndGet();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}

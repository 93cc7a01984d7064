package cn.govit.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.devstack.ApiClient;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四十条 — the city's read model of every district's projects: kept from the districts' events, equal to a count
 * over the tenant schemas made here in plain SQL, and equal again after the rebuild recomputed it from the schemas.
 */
class RollupApiTest extends LifecycleIntegrationTest {

    static final String OVERVIEW = "/api/v1/supervision/overview";

    @Autowired
    DataSource dataSource;
    @Autowired
    RollupService rollup;
    @Autowired
    RollupCalendar calendar;
    @Autowired
    JwtDecoder decoder;

    @Test
    void R40_theOverviewOfEachDistrictEqualsAPlainCountOverItsSchema() {
        donghu.createComplete("东湖区汇总草稿项目", "310000.00");
        donghu.projectAt("东湖区汇总储备库项目", "1250000.50", ProjectStatus.RESERVE, null);
        xihu.projectAt("西湖区汇总实施库项目", "2000000.00", ProjectStatus.IMPLEMENTATION, null);
        String sanction = donghu.sanction("东湖区城市管理局");
        try {
            JsonNode overview = as("nc-bureau").get(OVERVIEW).expect(200);
            for (String code : List.of("donghu", "xihu")) {
                JsonNode figures = tenant(overview, code);
                Map<String, Object> counted = countedInSchema(code);
                assertThat(figures.get("projects").asInt()).as(code).isEqualTo(counted.get("projects"));
                assertThat(figures.get("totalInvestment").decimalValue()).as(code)
                        .isEqualByComparingTo((BigDecimal) counted.get("total"));
                assertThat(figures.get("approvedInvestment").decimalValue()).as(code)
                        .isEqualByComparingTo((BigDecimal) counted.get("approved"));
                for (Stage stage : Stage.values()) {
                    int shown = figures.get("byStage").has(stage.name()) ? figures.get("byStage").get(stage.name()).asInt() : 0;
                    assertThat(shown).as(code + " " + stage).isEqualTo(counted.getOrDefault("stage." + stage, 0));
                }
                Map<String, Object> libraries = new HashMap<>();
                figures.get("libraries").forEach(l -> {
                    libraries.put(l.get("library").asString() + "/" + l.get("year").asInt(), l.get("projects").asInt());
                    libraries.put(l.get("library").asString() + "/" + l.get("year").asInt() + "/investment",
                            l.get("investment").decimalValue().setScale(2));
                });
                assertThat(libraries).as(code).isEqualTo(librariesInSchema(code));
                assertThat(figures.get("sanctionsInForce").asInt()).as(code).isEqualTo(counted.get("sanctions"));
            }
            JsonNode dh = tenant(overview, "donghu");
            assertThat(dh.get("sanctionsInForce").asInt()).isPositive();
            assertThat(dh.get("risk").asString()).isEqualTo("RED");
            assertThat(dh.get("riskReasons").valueStream().map(r -> r.get("code").asString())).contains("SANCTIONS_IN_FORCE");
            assertThat(overview.get("total").get("projects").asInt()).isEqualTo(overview.get("tenants").valueStream()
                    .mapToInt(t -> t.get("projects").asInt()).sum());
            assertThat(overview.get("tenants").valueStream().map(t -> t.get("code").asString())).doesNotContain("city");
        } finally {
            donghu.liftSanction(sanction);
        }
    }

    @Test
    void R40_aStepTakenInADistrictShowsInTheOverviewAtOnce() {
        String id = xihu.createComplete("西湖区即时汇总项目", "480000.00");
        JsonNode before = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu");

        xihu.walkTo(id, ProjectStatus.RESERVE, null);

        JsonNode after = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu");
        assertThat(stage(after, Stage.APPLICATION)).isEqualTo(stage(before, Stage.APPLICATION) - 1);
        assertThat(stage(after, Stage.LIBRARY)).isEqualTo(stage(before, Stage.LIBRARY) + 1);
        assertThat(reserve(after)).isEqualTo(reserve(before) + 1);
        JsonNode row = as("nc-bureau").get("/api/v1/supervision/tenants/xihu?text=西湖区即时汇总项目").expect(200)
                .get("projects").get(0);
        assertThat(row.get("status").asString()).isEqualTo("RESERVE");
        assertThat(row.get("library").asString()).isEqualTo("RESERVE");
        assertThat(row.get("totalInvestment").decimalValue()).isEqualByComparingTo("480000.00");
    }

    @Test
    void R40_theRebuildFromTheTenantSchemasGivesTheFiguresTheEventsKept() {
        Logins.as(decoder, "platform-admin", rollup::rebuild);
        String id = donghu.createComplete("东湖区重建对照项目", "660000.00");
        donghu.walkTo(id, ProjectStatus.RESERVE, null);
        xihu.projectAt("西湖区重建对照项目", "770000.00", ProjectStatus.APPROVED, null);
        String draft = donghu.createComplete("东湖区重建前删除的草稿", "100000.00");
        donghu.officer().send("DELETE", "/api/v1/projects/" + draft + "?version=" + donghu.version(draft), null).expect(204);
        JsonNode kept = withoutTimes(as("nc-bureau").get(OVERVIEW).expect(200));
        JsonNode keptList = withoutTimes(as("nc-bureau").get("/api/v1/supervision/tenants/donghu?size=200").expect(200));
        List<JsonNode> keptProjects = districtProjects("donghu");

        JsonNode rebuilt = as("platform-admin").post("/api/v1/admin/rollup/rebuild", Map.of()).expect(200);

        assertThat(rebuilt.get("failed")).isEmpty();
        assertThat(rebuilt.get("tenants").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(withoutTimes(as("nc-bureau").get(OVERVIEW).expect(200))).isEqualTo(kept);
        assertThat(withoutTimes(as("nc-bureau").get("/api/v1/supervision/tenants/donghu?size=200").expect(200)))
                .isEqualTo(keptList);
        assertThat(districtProjects("donghu")).isEqualTo(keptProjects);
        JsonNode row = keptProjects.stream()
                .filter(p -> p.get("projectId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(row.get("submittedOn").asString()).isEqualTo(today.toString());
        assertThat(row.get("reserveOn").asString()).isEqualTo(today.toString());
        Map<String, List<String>> milestones = milestonesInSteps("donghu");
        keptProjects.forEach(p -> assertThat(Stream.of("submittedOn", "reserveOn", "approvedOn", "acceptedOn")
                .map(f -> p.get(f).isNull() ? null : p.get(f).asString()).toList())
                .as(p.get("title").asString()).isEqualTo(milestones.get(p.get("projectId").asString())));
    }

    @Test
    void R40_theTrendCountsEachMonthsSubmissionsReserveEntriesApprovalsAndAcceptancesAsTheStepsRecordThem() {
        LocalDate then = today.minusMonths(3).withDayOfMonth(10);
        YearMonth month = YearMonth.from(then);
        JsonNode before = month(as("nc-bureau").get(OVERVIEW).expect(200), month);

        donghu.projectAt("东湖区趋势储备库项目", "520000.00", ProjectStatus.RESERVE, then);
        xihu.projectAt("西湖区趋势终验项目", "610000.00", ProjectStatus.FINAL_ACCEPTED, then);

        JsonNode overview = as("nc-bureau").get(OVERVIEW).expect(200);
        JsonNode after = month(overview, month);
        assertThat(after.get("submitted").asInt()).isEqualTo(before.get("submitted").asInt() + 2);
        assertThat(after.get("reserve").asInt()).isEqualTo(before.get("reserve").asInt() + 2);
        assertThat(after.get("approved").asInt()).isEqualTo(before.get("approved").asInt() + 1);
        assertThat(after.get("accepted").asInt()).isEqualTo(before.get("accepted").asInt() + 1);
        YearMonth current = YearMonth.from(today);
        assertThat(overview.get("trend").valueStream().map(m -> m.get("month").asString()).toList())
                .isEqualTo(IntStream.rangeClosed(0, 11).mapToObj(i -> current.minusMonths(11 - i).toString()).toList());
        for (String query : List.of("", "?level=DISTRICT")) {
            JsonNode shown = as("nc-bureau").get(OVERVIEW + query).expect(200);
            List<String> codes = shown.get("tenants").valueStream().map(t -> t.get("code").asString()).toList();
            assertThat(trend(shown)).as(query).isEqualTo(countedInSteps(codes, current));
        }
    }

    @Test
    void R19_aTimeLimitPassingCountsOverdueTheDayAfterWithoutAnEvent() {
        String title = "西湖区月报到期汇总项目";
        String id = xihu.projectAt(title, "530000.00", ProjectStatus.UNDER_CONSTRUCTION, null);
        LocalDate due = LocalDate.parse(xihu.deadline(id, "R19").get("dueOn").asString());
        JsonNode before = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu");
        JsonNode row = districtRow("xihu", title);
        assertThat(row.get("overdueSteps").asInt()).isZero();
        assertThat(row.get("dueDates").valueStream().map(JsonNode::asString)).contains(due.toString());

        // The project's row as its last step left it, read on the day after the monthly report was due: nothing
        // happened since, the stored dates moved back by the days until then stand for the days passed.
        int days = (int) ChronoUnit.DAYS.between(today, due) + 1;
        JdbcClient.create(dataSource).sql("""
                        UPDATE platform.rollup_project SET due_dates = ARRAY(SELECT d - ? FROM unnest(due_dates) d),
                               earliest_due_on = earliest_due_on - ?
                        WHERE tenant_code = 'xihu' AND project_id = CAST(? AS uuid)""").params(days, days, id).update();

        JsonNode after = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu");
        assertThat(after.get("overdueSteps").asInt()).isEqualTo(before.get("overdueSteps").asInt() + 1);
        assertThat(after.get("overdueProjects").asInt()).isEqualTo(before.get("overdueProjects").asInt() + 1);
        assertThat(districtRow("xihu", title).get("overdueSteps").asInt()).isEqualTo(1);
    }

    /**
     * Art. 19, 40: the colour follows the calendar too. A row whose stored colour an earlier day left — green, no
     * reasons — while its monthly report is past due turns red with the reason once the calendar job has run.
     */
    @Test
    void R19_aProjectsColourTurnsRedOnTheDateItsTimeLimitPassesWithoutAnEvent() {
        String title = "西湖区逾期变色项目";
        String id = xihu.projectAt(title, "410000.00", ProjectStatus.UNDER_CONSTRUCTION, today.minusMonths(3));
        JsonNode fromTheStep = districtRow("xihu", title);
        assertThat(fromTheStep.get("risk").asString()).isEqualTo("RED");
        JdbcClient.create(dataSource).sql("""
                        UPDATE platform.rollup_project SET risk = 'GREEN', risk_reasons = '[]'
                        WHERE tenant_code = 'xihu' AND project_id = CAST(? AS uuid)""").param(id).update();
        assertThat(districtRow("xihu", title).get("risk").asString()).isEqualTo("GREEN");

        assertThat(calendar.recolourDue()).isPositive();

        JsonNode recoloured = districtRow("xihu", title);
        assertThat(recoloured.get("risk").asString()).isEqualTo("RED");
        assertThat(recoloured.get("riskReasons").valueStream().map(r -> r.get("code").asString() + " " + r.get("article").asString()))
                .contains("OVERDUE R19");
    }

    @Test
    void R40_onlyThePlatformAdministratorRebuilds() {
        for (String user : List.of("nc-bureau", "dh-admin", "dh-bureau")) {
            assertThat(as(user).post("/api/v1/admin/rollup/rebuild", Map.of()).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void R40_theOverviewWorkbookHasTheTitleTheUnitEveryDistrictAndTheTotalInWanYuan() throws IOException {
        xihu.createComplete("西湖区报表汇总项目", "123456.78");
        JsonNode overview = as("nc-bureau").get(OVERVIEW).expect(200);
        byte[] xlsx = as("nc-bureau").download("/api/v1/supervision/overview/workbook").body();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("监管汇总表");
            assertThat(sheet.getRow(1).getCell(SupervisionWorkbooks.OVERVIEW.length - 1).getStringCellValue())
                    .isEqualTo("单位：万元");
            int tenants = overview.get("tenants").size();
            assertThat(sheet.getRow(3 + tenants).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(sheet.getRow(3 + tenants).getCell(13).getNumericCellValue()))
                    .isEqualByComparingTo(overview.get("total").get("totalInvestment").decimalValue()
                            .divide(new BigDecimal("10000")));
            List<String> names = new ArrayList<>();
            for (int r = 3; r < 3 + tenants; r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).contains("东湖区", "西湖区");
        }
        byte[] district = as("nc-bureau").download("/api/v1/supervision/tenants/xihu/workbook").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(district))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("西湖区").contains("项目清单");
        }
    }

    private Map<String, Object> countedInSchema(String code) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String schema = jdbc.sql("SELECT schema_name FROM platform.tenant WHERE code = ?").param(code)
                .query(String.class).single();
        Map<String, Object> counted = new HashMap<>();
        jdbc.sql("SELECT count(*), coalesce(sum(total_investment), 0), coalesce(sum(total_investment) FILTER (WHERE "
                        + "status IN ('APPROVED', 'IMPLEMENTATION', 'PROCUREMENT', 'CONTRACT_FILED', 'UNDER_CONSTRUCTION', "
                        + "'SECURITY_ASSESSED', 'INITIAL_ACCEPTED', 'RECTIFICATION', 'FINAL_ACCEPTED', 'IN_OPERATION', "
                        + "'OPERATION_MAINTENANCE', 'RETIRED') OR status = 'SUSPENDED' AND suspended_from IN ('APPROVED', "
                        + "'IMPLEMENTATION', 'PROCUREMENT', 'CONTRACT_FILED', 'UNDER_CONSTRUCTION', 'SECURITY_ASSESSED', "
                        + "'INITIAL_ACCEPTED', 'RECTIFICATION', 'FINAL_ACCEPTED', 'IN_OPERATION', 'OPERATION_MAINTENANCE'"
                        + ", 'RETIRED')), 0) FROM " + schema + ".project")
                .query(rs -> {
                    counted.put("projects", rs.getInt(1));
                    counted.put("total", rs.getBigDecimal(2));
                    counted.put("approved", rs.getBigDecimal(3));
                });
        jdbc.sql("""
                        SELECT CASE WHEN status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SELF_SUPERVISED', 'UNDER_REVIEW') THEN 'APPLICATION'
                                    WHEN status IN ('RESERVE', 'ANNUAL_PLAN', 'APPROVED', 'EXCEPTIONAL_REQUESTED', 'EXCEPTIONAL_APPROVED') THEN 'LIBRARY'
                                    WHEN status IN ('FINAL_ACCEPTED', 'IN_OPERATION', 'OPERATION_MAINTENANCE') THEN 'OPERATION'
                                    WHEN status IN ('SUSPENDED', 'TERMINATED', 'RETIRED') THEN 'HALTED'
                                    WHEN status = 'CLASSIFIED' THEN 'CLASSIFIED'
                                    ELSE 'IMPLEMENTATION' END, count(*)
                        FROM %s.project GROUP BY 1""".formatted(schema))
                .query(rs -> {
                    counted.put("stage." + Stage.valueOf(rs.getString(1)), rs.getInt(2));
                });
        counted.put("sanctions", jdbc.sql("SELECT count(*) FROM " + schema + ".unit_sanction WHERE status = 'IN_FORCE'")
                .query(Integer.class).single());
        return counted;
    }

    /**
     * Per project of the district, the dates of its first submission, reserve-library entry, approval (Art. 13, 14)
     * and final acceptance, read from its step records.
     */
    private Map<String, List<String>> milestonesInSteps(String code) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String schema = jdbc.sql("SELECT schema_name FROM platform.tenant WHERE code = ?").param(code)
                .query(String.class).single();
        Map<String, List<String>> milestones = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, min(s.occurred_on) FILTER (WHERE s.action = 'SUBMIT'),
                               min(s.occurred_on) FILTER (WHERE s.action = 'PASS_REVIEW'),
                               min(s.occurred_on) FILTER (WHERE s.action IN ('APPROVE', 'VERIFY_BUDGET_ESTIMATE')),
                               min(s.occurred_on) FILTER (WHERE s.action = 'PASS_FINAL_ACCEPTANCE')
                        FROM %1$s.project p LEFT JOIN %1$s.project_step s ON s.project_id = p.id
                        GROUP BY p.id""".formatted(schema))
                .query(rs -> {
                    List<String> dates = new ArrayList<>();
                    for (int c = 2; c <= 5; c++) {
                        dates.add(rs.getString(c));
                    }
                    milestones.put(rs.getString(1), dates);
                });
        return milestones;
    }

    /** The last twelve months up to {@code current} of the districts' milestones, counted from their step records. */
    private List<List<Object>> countedInSteps(List<String> codes, YearMonth current) {
        Map<String, int[]> months = new LinkedHashMap<>();
        for (int i = 11; i >= 0; i--) {
            months.put(current.minusMonths(i).toString(), new int[4]);
        }
        for (String code : codes) {
            assertThat(JdbcClient.create(dataSource).sql(
                            "SELECT count(*) FROM platform.tenant WHERE code = ? AND jdbc_url IS NOT NULL")
                    .param(code).query(Integer.class).single()).as(code + " on another server").isZero();
            for (List<String> dates : milestonesInSteps(code).values()) {
                for (int m = 0; m < 4; m++) {
                    int[] month = dates.get(m) == null ? null : months.get(dates.get(m).substring(0, 7));
                    if (month != null) {
                        month[m]++;
                    }
                }
            }
        }
        return months.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    private static List<List<Object>> trend(JsonNode overview) {
        return overview.get("trend").valueStream().map(m -> List.<Object>of(m.get("month").asString(),
                m.get("submitted").asInt(), m.get("reserve").asInt(), m.get("approved").asInt(),
                m.get("accepted").asInt())).toList();
    }

    private static JsonNode month(JsonNode overview, YearMonth month) {
        return overview.get("trend").valueStream().filter(m -> m.get("month").asString().equals(month.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + month + " in " + overview.get("trend")));
    }

    private Map<String, Object> librariesInSchema(String code) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String schema = jdbc.sql("SELECT schema_name FROM platform.tenant WHERE code = ?").param(code)
                .query(String.class).single();
        Map<String, Object> libraries = new HashMap<>();
        jdbc.sql("""
                        SELECT e.library, e.plan_year, count(*), sum(p.total_investment) FROM %1$s.library_entry e
                        JOIN %1$s.project p ON p.id = e.project_id WHERE NOT e.removed GROUP BY 1, 2""".formatted(schema))
                .query(rs -> {
                    libraries.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
                    libraries.put(rs.getString(1) + "/" + rs.getInt(2) + "/investment", rs.getBigDecimal(4).setScale(2));
                });
        return libraries;
    }

    private JsonNode districtRow(String code, String title) {
        return as("nc-bureau").get("/api/v1/supervision/tenants/" + code + "?text=" + title).expect(200)
                .get("projects").get(0);
    }

    static JsonNode tenant(JsonNode overview, String code) {
        return overview.get("tenants").valueStream().filter(t -> t.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + overview));
    }

    private static int stage(JsonNode figures, Stage stage) {
        return figures.get("byStage").has(stage.name()) ? figures.get("byStage").get(stage.name()).asInt() : 0;
    }

    private static int reserve(JsonNode figures) {
        return figures.get("libraries").valueStream().filter(l -> l.get("library").asString().equals("RESERVE"))
                .mapToInt(l -> l.get("projects").asInt()).sum();
    }

    /** The figures without the times they were taken at, which a rebuild renews. */
    /** Every project of the district in the read model, page after page (other tests of the build add many). */
    private List<JsonNode> districtProjects(String code) {
        ApiClient bureau = as("nc-bureau");
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode rows = bureau.get("/api/v1/supervision/tenants/" + code + "?size=200&page=" + page).expect(200)
                    .get("projects");
            rows.forEach(p -> all.add(withoutTimes(p)));
            if (rows.size() < 200) {
                return all;
            }
        }
    }

    static JsonNode withoutTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("projectsAsOf", "sanctionsAsOf", "rulesAsOf", "asOf"));
        }
        node.forEach(RollupApiTest::strip);
    }
}

package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.inMachineRoom;
import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.reportCompletion;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第三十三条、第四十条 — the districts' migration of their systems and their owner units' compliance in the city's
 * overview: shown at once after each change, equal to a count over the district's inventory made here in plain SQL,
 * equal again after the rebuild, and read by the city's supervisor alone.
 */
class R40MigrationRollupTest extends LifecycleIntegrationTest {

    private static final String OVERVIEW = "/api/v1/supervision/overview";

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    @Test
    void R40_aSystemRegisteredReportedAndVerifiedInDonghuShowsInTheOverviewAtOnce() {
        String unit = registeredUnit(donghu.bureau(), "东湖区迁移汇总单位");
        JsonNode before = migration("donghu");

        JsonNode planned = register(donghu.bureau(), inMachineRoom(unique("东湖区迁移汇总系统"), unit, today,
                today.plusDays(30)));
        JsonNode registered = migration("donghu");
        assertThat(registered.get("systems").asInt()).isEqualTo(before.get("systems").asInt() + 1);
        assertThat(registered.get("migrated").asInt()).isEqualTo(before.get("migrated").asInt());

        reportCompletion(donghu.bureau(), planned);
        JsonNode reported = migration("donghu");
        assertThat(reported.get("reported").asInt()).isEqualTo(before.get("reported").asInt() + 1);

        as("nc-bureau").post("/api/v1/inventory/districts/donghu/systems/" + planned.get("id").asString()
                + "/verification", Map.of("note", "已迁入市政务云")).expect(200);
        JsonNode verified = migration("donghu");
        assertThat(verified.get("verified").asInt()).isEqualTo(before.get("verified").asInt() + 1);
        assertThat(verified.get("reported").asInt()).isEqualTo(before.get("reported").asInt());
        assertThat(verified.get("migrated").asInt()).isEqualTo(before.get("migrated").asInt() + 1);
        assertThat(countedInSchema("donghu")).isEqualTo(shown("donghu"));
    }

    @Test
    void R40_anOverdueMigrationMakesTheDistrictAtLeastYellowWithItsReason() {
        String unit = registeredUnit(donghu.bureau(), "东湖区逾期迁移单位");
        register(donghu.bureau(), inMachineRoom(unique("东湖区逾期迁移系统"), unit, today, today.minusDays(3)));

        JsonNode dh = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "donghu");
        assertThat(dh.get("migration").get("overdue").asInt()).isPositive();
        assertThat(dh.get("risk").asString()).isIn("YELLOW", "RED");
        assertThat(dh.get("riskReasons").valueStream().filter(r -> r.get("code").asString().equals("MIGRATION_OVERDUE"))
                .map(r -> r.get("article").asString())).containsExactly("R40");
        assertThat(countedInSchema("donghu")).isEqualTo(shown("donghu"));
    }

    @Test
    void R40_aMigrationPlanWhoseDatePassesCountsOverdueTheDayAfterWithoutAnEvent() {
        String unit = registeredUnit(xihu.bureau(), "西湖区明日到期迁移单位");
        register(xihu.bureau(), inMachineRoom(unique("西湖区明日到期迁移系统"), unit, today, today.plusDays(1)));
        JsonNode before = migration("xihu");
        assertThat(unitRow("xihu", unit).get("overdue").asInt()).isZero();

        // The unit's row as the inventory's last event left it, read two days later: nothing happened since, the
        // stored plan date moved back by the two days stands for the days passed.
        JdbcClient.create(dataSource).sql("""
                        UPDATE platform.rollup_unit SET plan_dates = ARRAY(SELECT d - 2 FROM unnest(plan_dates) d)
                        WHERE tenant_code = 'xihu' AND owner_unit = ?""").param(unit).update();

        assertThat(migration("xihu").get("overdue").asInt()).isEqualTo(before.get("overdue").asInt() + 1);
        assertThat(unitRow("xihu", unit).get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void R33_aUnitFailingACriterionIsListedWithItsFailingSystem_andTheDistrictGetsTheReason() {
        String unit = registeredUnit(donghu.bureau(), "东湖区未共享单位");
        String name = unique("东湖区无共享接口系统");
        Map<String, Object> noInterface = system(name, unit, today);
        noInterface.put("sharingInterface", false);
        register(donghu.bureau(), noInterface);

        JsonNode row = as("nc-bureau").get("/api/v1/supervision/tenants/donghu/units").expect(200).valueStream()
                .filter(u -> u.get("ownerUnit").asString().equals(unit)).findFirst().orElseThrow();
        assertThat(row.get("complies").asBoolean()).isFalse();
        assertThat(row.get("exempt").asBoolean()).isFalse();
        assertThat(row.get("failing").get("SHARING_INTERFACE").valueStream().map(JsonNode::asString))
                .containsExactly(name);
        assertThat(row.get("failing").get("MIGRATED")).isEmpty();
        JsonNode dh = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "donghu");
        assertThat(dh.get("risk").asString()).isIn("YELLOW", "RED");
        assertThat(dh.get("riskReasons").valueStream().filter(r -> r.get("code").asString().equals("UNIT_NOT_COMPLIANT"))
                .map(r -> r.get("article").asString())).containsExactly("R33");
        assertThat(dh.get("migration").get("unitsNotCompliant").asInt())
                .isEqualTo(as("nc-bureau").get("/api/v1/supervision/tenants/donghu/units").expect(200).valueStream()
                        .filter(u -> !u.get("complies").asBoolean() && !u.get("exempt").asBoolean()).count());
    }

    @Test
    void R40_theRebuildGivesTheFiguresAndUnitsTheEventsKept() {
        String unit = registeredUnit(xihu.bureau(), "西湖区重建迁移单位");
        register(xihu.bureau(), inMachineRoom(unique("西湖区重建迁移系统"), unit, today, today.plusDays(20)));
        register(xihu.bureau(), inMachineRoom(unique("西湖区无计划系统"), unit, today, null));
        JsonNode kept = tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu").get("migration");
        List<JsonNode> keptUnits = units("xihu");

        as("platform-admin").post("/api/v1/admin/rollup/rebuild", Map.of()).expect(200);

        assertThat(tenant(as("nc-bureau").get(OVERVIEW).expect(200), "xihu").get("migration")).isEqualTo(kept);
        assertThat(units("xihu")).isEqualTo(keptUnits);
        assertThat(countedInSchema("xihu")).isEqualTo(shown("xihu"));
    }

    @Test
    void R40_onlyTheCitysSupervisorReadsADistrictsUnits() {
        String path = "/api/v1/supervision/tenants/donghu/units";
        for (String user : List.of("dh-bureau", "dh-admin", "xh-bureau")) {
            refused(as(user).get(path), 403, "R40");
        }
        assertThat(donghu.officer().get(path).status()).isEqualTo(403);
        assertThat(as("nc-bureau").get("/api/v1/supervision/tenants/nowhere/units").status()).isEqualTo(404);
    }

    /** The overview's migration figures of {@code code}. */
    private JsonNode unitRow(String code, String unit) {
        return as("nc-bureau").get("/api/v1/supervision/tenants/" + code + "/units").expect(200).valueStream()
                .filter(u -> u.get("ownerUnit").asString().equals(unit)).findFirst().orElseThrow();
    }

    private JsonNode migration(String code) {
        return tenant(as("nc-bureau").get(OVERVIEW).expect(200), code).get("migration");
    }

    private static JsonNode tenant(JsonNode overview, String code) {
        return overview.get("tenants").valueStream().filter(t -> t.get("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The units with their times left out (a rebuild takes them anew). */
    private List<JsonNode> units(String code) {
        return as("nc-bureau").get("/api/v1/supervision/tenants/" + code + "/units").expect(200).valueStream()
                .map(u -> {
                    ((ObjectNode) u).remove("asOf");
                    return u;
                }).toList();
    }

    private Map<String, Integer> shown(String code) {
        JsonNode m = migration(code);
        Map<String, Integer> shown = new HashMap<>();
        for (String figure : List.of("systems", "migrated", "inProgress", "reported", "verified", "overdue",
                "unplanned")) {
            shown.put(figure, m.get(figure).asInt());
        }
        return shown;
    }

    /** The same figures counted here over the district's own info_system table. */
    private Map<String, Integer> countedInSchema(String code) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String schema = jdbc.sql("SELECT schema_name FROM platform.tenant WHERE code = ?").param(code)
                .query(String.class).single();
        Map<String, Integer> counted = new HashMap<>();
        jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE location IN ('CITY_CLOUD', 'CITY_DATA_CENTRE')),
                               count(*) FILTER (WHERE migration_status = 'IN_PROGRESS'),
                               count(*) FILTER (WHERE migration_status = 'COMPLETION_REPORTED'),
                               count(*) FILTER (WHERE migration_status = 'VERIFIED'),
                               count(*) FILTER (WHERE exemption IS NULL AND migration_status <> 'VERIFIED'
                                                  AND migration_planned_on < ?),
                               count(*) FILTER (WHERE exemption IS NULL AND migration_status IS NULL
                                                  AND location NOT IN ('CITY_CLOUD', 'CITY_DATA_CENTRE'))
                        FROM %s.info_system""".formatted(schema))
                .param(today)
                .query(rs -> {
                    counted.put("systems", rs.getInt(1));
                    counted.put("migrated", rs.getInt(2));
                    counted.put("inProgress", rs.getInt(3));
                    counted.put("reported", rs.getInt(4));
                    counted.put("verified", rs.getInt(5));
                    counted.put("overdue", rs.getInt(6));
                    counted.put("unplanned", rs.getInt(7));
                });
        return counted;
    }
}

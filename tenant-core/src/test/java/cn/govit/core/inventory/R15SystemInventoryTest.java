package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.inMachineRoom;
import static cn.govit.core.inventory.InventoryFixtures.plan;
import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static cn.govit.core.inventory.InventoryFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第十五条 — the owner unit migrates its systems in use to the government network and the city's gov cloud (物理搬迁、
 * 应用搬迁、容灾备份): the district's inventory records each system, where it runs and its migration plan; the bureau keeps
 * it all, an owner unit's officer its own units' systems.
 */
class R15SystemInventoryTest extends LifecycleIntegrationTest {

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    @Test
    void R15_theBureauRegistersASystemWithItsResourceCatalogueAndMigrationPlan() {
        String unit = registeredUnit(donghu.bureau(), "东湖区台账单位");
        Map<String, Object> entered = inMachineRoom("东湖区社区综治系统", unit, today, today.plusMonths(6));
        JsonNode created = register(donghu.bureau(), entered);

        JsonNode read = donghu.bureau().get("/api/v1/inventory/systems/" + created.get("id").asString()).expect(200);
        assertThat(read.get("name").asString()).isEqualTo("东湖区社区综治系统");
        assertThat(read.get("ownerUnit").asString()).isEqualTo(unit);
        assertThat(read.get("location").asString()).isEqualTo("OWN_MACHINE_ROOM");
        assertThat(read.get("resources").get(0).get("frequency").asString()).isEqualTo("DAILY");
        assertThat(read.get("plan").get("method").asString()).isEqualTo("APPLICATION_MOVE");
        assertThat(read.get("plan").get("status").asString()).isEqualTo("PLANNED");
        assertThat(read.get("overdue").asBoolean()).isFalse();
        assertThat(read.get("unplanned").asBoolean()).isFalse();
        assertThat(read.get("updatedBy").asString()).isEqualTo("dh-bureau");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems?ownerUnit=" + unit).expect(200).valueStream()
                .map(s -> s.get("id").asString())).containsExactly(created.get("id").asString());
    }

    @Test
    void R15_anOwnerOfficerRegistersAndMigratesOnlyItsOwnUnitsSystems() {
        String name = unique("东湖区民政救助系统");
        JsonNode own = register(donghu.officer(), inMachineRoom(name, "东湖区民政局", today, null));
        assertThat(own.get("unplanned").asBoolean()).isTrue();
        JsonNode planned = update(donghu.officer(), own, inMachineRoom(name, "东湖区民政局", today,
                today.plusMonths(3))).expect(200);
        assertThat(planned.get("plan").get("status").asString()).isEqualTo("PLANNED");

        var otherUnit = donghu.officer().post("/api/v1/inventory/systems",
                system(unique("东湖区教育系统"), "东湖区教育体育局", today));
        JsonNode problem = refused(otherUnit, 403, "R15");
        assertThat(problem.get("field").asString()).isEqualTo("ownerUnit");

        var edu = donghu.user("edu-officer");
        assertThat(edu.get("/api/v1/inventory/systems/" + own.get("id").asString()).status()).isEqualTo(404);
        assertThat(update(edu, planned, inMachineRoom(name, "东湖区民政局", today, today)).status()).isEqualTo(404);
        assertThat(edu.get("/api/v1/inventory/systems").expect(200).valueStream().map(s -> s.get("ownerUnit").asString()))
                .allMatch("东湖区教育体育局"::equals);
    }

    @Test
    void R15_rolesTheArticlesDoNotNameNeitherReadNorWriteTheInventory_financeOnlyReads() {
        for (String role : List.of("dept", "expert", "admin", "approval", "secrecy")) {
            assertThat(donghu.user(role).get("/api/v1/inventory/systems").status()).as(role).isEqualTo(403);
            refused(donghu.user(role).post("/api/v1/inventory/systems", system(unique("越权系统"), "东湖区民政局", today)),
                    403, "R15");
        }
        assertThat(donghu.user("finance").get("/api/v1/inventory/systems").status()).isEqualTo(200);
        refused(donghu.user("finance").post("/api/v1/inventory/systems", system(unique("越权系统"), "东湖区民政局",
                today)), 403, "R15");
    }

    @Test
    void R15_anotherDistrictsUserFindsNothingByGuessingTheIdAndCannotListIt() {
        JsonNode created = register(donghu.bureau(), system(unique("东湖区隔离系统"), registeredUnit(donghu.bureau(), "东湖区隔离单位"), today));
        String id = created.get("id").asString();

        assertThat(xihu.bureau().get("/api/v1/inventory/systems/" + id).status()).isEqualTo(404);
        assertThat(update(xihu.bureau(), created, system("改名", "西湖区数据资源管理局", today)).status()).isEqualTo(404);
        assertThat(xihu.bureau().post("/api/v1/inventory/systems/" + id + "/completion", Map.of("version", 0)).status())
                .isEqualTo(404);
        assertThat(xihu.bureau().get("/api/v1/inventory/systems").expect(200).valueStream()
                .map(s -> s.get("id").asString())).doesNotContain(id);
        assertThat(donghu.bureau().get("/api/v1/inventory/systems/" + id).expect(200).get("name").asString())
                .startsWith("东湖区隔离系统");
    }

    @Test
    void R15_aSystemOutsideTheCityCloudWithoutAPlanIsFlagged_andAPlanPastItsDateIsOverdue() {
        String unit = registeredUnit(donghu.bureau(), "东湖区迁移单位");
        JsonNode unplanned = register(donghu.bureau(), inMachineRoom("东湖区城管监控系统", unit, today, null));
        assertThat(unplanned.get("unplanned").asBoolean()).isTrue();
        assertThat(unplanned.get("overdue").asBoolean()).isFalse();

        JsonNode dueToday = update(donghu.bureau(), unplanned, inMachineRoom("东湖区城管监控系统", unit, today, today))
                .expect(200);
        assertThat(dueToday.get("unplanned").asBoolean()).isFalse();
        assertThat(dueToday.get("overdue").asBoolean()).isFalse();

        Map<String, Object> late = inMachineRoom("东湖区城管监控系统", unit, today, today.minusDays(1));
        ((Map<String, Object>) late.get("plan")).put("status", "IN_PROGRESS");
        JsonNode overdue = update(donghu.bureau(), dueToday, late).expect(200);
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("plan").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems?flagged=true&ownerUnit=" + unit).expect(200))
                .hasSize(1);

        JsonNode onCloud = register(donghu.bureau(), system("东湖区已上云系统", unit, today));
        assertThat(onCloud.get("unplanned").asBoolean()).isFalse();
        assertThat(donghu.bureau().get("/api/v1/inventory/systems?flagged=true&ownerUnit=" + unit).expect(200)
                .valueStream().map(s -> s.get("name").asString())).containsExactly("东湖区城管监控系统");
    }

    @Test
    void R15_aPlanNeedsMethodTargetAndDate_andItsStatusCannotBeSetToReportedOrVerified() {
        Map<String, Object> noMethod = inMachineRoom(unique("东湖区不全计划"), registeredUnit(donghu.bureau(), "东湖区单位"), today, today);
        ((Map<String, Object>) noMethod.get("plan")).put("method", null);
        assertThat(refused(donghu.bureau().post("/api/v1/inventory/systems", noMethod), 400, "R15")
                .get("field").asString()).isEqualTo("plan.method");

        Map<String, Object> verified = inMachineRoom(unique("东湖区自称核验"), registeredUnit(donghu.bureau(), "东湖区单位"), today, today);
        verified.put("plan", plan("PHYSICAL_MOVE", "CITY_DATA_CENTRE", today, "VERIFIED"));
        refused(donghu.bureau().post("/api/v1/inventory/systems", verified), 400, "R40");
    }

    @Test
    void R33_onlyTheBureauRecordsAnExemption() {
        Map<String, Object> classified = system(unique("东湖区涉密系统"), "东湖区民政局", today);
        classified.put("exemption", "CLASSIFIED");
        classified.put("exemptionReason", "涉及国家秘密");
        classified.put("exemptionApprover", "东湖区保密局");

        refused(donghu.officer().post("/api/v1/inventory/systems", classified), 403, "R33");
        Map<String, Object> noApprover = system(unique("东湖区特殊系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today);
        noApprover.put("exemption", "SPECIAL");
        noApprover.put("exemptionReason", "条线业务特殊需要");
        assertThat(refused(donghu.bureau().post("/api/v1/inventory/systems", noApprover), 400, "R33")
                .get("field").asString()).isEqualTo("exemptionApprover");
        JsonNode recorded = register(donghu.bureau(), classified);
        assertThat(recorded.get("exemption").asString()).isEqualTo("CLASSIFIED");
        assertThat(recorded.get("failing")).isEmpty();
    }
}

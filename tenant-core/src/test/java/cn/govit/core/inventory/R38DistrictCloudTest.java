package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第三十八条 — districts build no new machine rooms and no new gov clouds; their new systems rely on the city's
 * integrated data centre, existing district clouds are consolidated into the city's unified gov cloud.
 */
class R38DistrictCloudTest extends LifecycleIntegrationTest {

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    @Test
    void R38_aSystemPutInUseSinceTheMeasuresCannotRunInAnOwnMachineRoomOrADistrictCloud() {
        Map<String, Object> newInMachineRoom = system(unique("东湖区新建机房系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today);
        newInMachineRoom.put("location", "OWN_MACHINE_ROOM");
        newInMachineRoom.put("commissionedOn", "2021-03-01");
        JsonNode problem = refused(donghu.bureau().post("/api/v1/inventory/systems", newInMachineRoom), 422, "R38");
        assertThat(problem.get("field").asString()).isEqualTo("location");
        assertThat(problem.get("title").asString()).contains("第三十八条", "自建机房");

        newInMachineRoom.put("location", "BUSINESS_NETWORK");
        refused(donghu.bureau().post("/api/v1/inventory/systems", newInMachineRoom), 422, "R38");

        newInMachineRoom.put("location", "CITY_DATA_CENTRE");
        assertThat(register(donghu.bureau(), newInMachineRoom).get("location").asString()).isEqualTo("CITY_DATA_CENTRE");
        Map<String, Object> old = system(unique("东湖区老机房系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today);
        old.put("location", "OWN_MACHINE_ROOM");
        old.put("commissionedOn", "2018-03-01");
        assertThat(register(donghu.bureau(), old).get("unplanned").asBoolean()).isTrue();
    }

    @Test
    void R38_districtCloudsAreListedWithTheirConsolidationAndTheSystemsStillOnThem() {
        String cloudName = unique("东湖区政务云");
        JsonNode cloud = donghu.bureau().post("/api/v1/inventory/district-clouds", cloud(cloudName, "2017-06-01",
                "NOT_STARTED", null)).expect(201);
        Map<String, Object> onIt = system(unique("东湖区云上系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today);
        onIt.put("location", "DISTRICT_CLOUD");
        onIt.put("districtCloud", cloudName);
        JsonNode system = register(donghu.bureau(), onIt);
        assertThat(system.get("unplanned").asBoolean()).isTrue();

        Map<String, Object> consolidating = cloud(cloudName, "2017-06-01", "CONSOLIDATING", today.plusMonths(6).toString());
        consolidating.put("version", cloud.get("version").asLong());
        donghu.bureau().send("PUT", "/api/v1/inventory/district-clouds/" + cloud.get("id").asString(),
                cn.govit.core.testsupport.LifecycleDriver.json(consolidating).toString()).expect(200);

        JsonNode listed = donghu.user("finance").get("/api/v1/inventory/district-clouds").expect(200).valueStream()
                .filter(c -> c.get("name").asString().equals(cloudName)).findFirst().orElseThrow();
        assertThat(listed.get("consolidation").asString()).isEqualTo("CONSOLIDATING");
        assertThat(listed.get("systemsOnIt").asLong()).isEqualTo(1);
        assertThat(xihu.bureau().get("/api/v1/inventory/district-clouds").expect(200).valueStream()
                .map(c -> c.get("name").asString())).doesNotContain(cloudName);
    }

    @Test
    void R38_noNewDistrictCloud_andNoSystemOnACloudThatIsNotOnRecord() {
        refused(donghu.bureau().post("/api/v1/inventory/district-clouds", cloud(unique("东湖区新政务云"), "2021-01-01",
                "NOT_STARTED", null)), 422, "R38");
        refused(donghu.officer().post("/api/v1/inventory/district-clouds", cloud(unique("东湖区政务云"), "2017-01-01",
                "NOT_STARTED", null)), 403, "R38");

        Map<String, Object> onUnknown = system(unique("东湖区未登记云系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today);
        onUnknown.put("location", "DISTRICT_CLOUD");
        onUnknown.put("districtCloud", unique("不存在的政务云"));
        assertThat(refused(donghu.bureau().post("/api/v1/inventory/systems", onUnknown), 422, "R38")
                .get("field").asString()).isEqualTo("districtCloud");
    }

    private static Map<String, Object> cloud(String name, String builtOn, String consolidation, String plannedOn) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("builtOn", builtOn);
        c.put("consolidation", consolidation);
        c.put("consolidationPlannedOn", plannedOn);
        return c;
    }
}

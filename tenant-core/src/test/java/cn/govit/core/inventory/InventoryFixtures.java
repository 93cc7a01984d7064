package cn.govit.core.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import tools.jackson.databind.JsonNode;

/** Systems of the inventory as the district enters them through the API, with names no other test uses. */
final class InventoryFixtures {

    private InventoryFixtures() {
    }

    /** The owner units the inventory tests enter systems for, registered as the bureau registers them (Art. 15). */
    static void registerUnits(ApiClient donghuBureau, ApiClient xihuBureau) {
        for (String unit : List.of("东湖区民政局", "东湖区行政审批局", "东湖区教育体育局", "东湖区保密局", "东湖区数据资源管理局",
                "东湖区大数据局", "东湖区城市管理局")) {
            registerUnit(donghuBureau, unit);
        }
        registerUnit(xihuBureau, "西湖区数据资源管理局");
    }

    static void registerUnit(ApiClient bureau, String name) {
        int status = bureau.post("/api/v1/owner-units", Map.of("name", name)).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("owner unit " + name + " not registered: " + status);
        }
    }

    /** A unit no other test uses, registered in the district by its bureau. */
    static String registeredUnit(ApiClient bureau, String prefix) {
        String name = unique(prefix);
        registerUnit(bureau, name);
        return name;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A compliant system on the city's gov cloud: one daily resource, a sharing interface, collected today; the
     * caller changes what a test is about.
     */
    static Map<String, Object> system(String name, String ownerUnit, LocalDate today) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("ownerUnit", ownerUnit);
        s.put("location", "CITY_CLOUD");
        s.put("network", "GOV_EXTRANET");
        s.put("commissionedOn", "2016-05-01");
        s.put("sharingInterface", true);
        s.put("lastCollectedOn", today.toString());
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(resource("人口基础信息", "DAILY", true));
        s.put("resources", resources);
        s.put("plan", null);
        return s;
    }

    static Map<String, Object> resource(String name, String frequency, boolean shared) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("frequency", frequency);
        r.put("shared", shared);
        return r;
    }

    static Map<String, Object> plan(String method, String target, LocalDate plannedOn, String status) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", method);
        p.put("target", target);
        p.put("plannedOn", plannedOn.toString());
        p.put("status", status);
        return p;
    }

    /** A system still in its own machine room with a plan to move to the city's gov cloud by {@code plannedOn}. */
    static Map<String, Object> inMachineRoom(String name, String ownerUnit, LocalDate today, LocalDate plannedOn) {
        Map<String, Object> s = system(name, ownerUnit, today);
        s.put("location", "OWN_MACHINE_ROOM");
        s.put("network", "BUSINESS_NETWORK");
        s.put("plan", plannedOn == null ? null : plan("APPLICATION_MOVE", "CITY_CLOUD", plannedOn, null));
        return s;
    }

    static JsonNode register(ApiClient who, Map<String, Object> system) {
        return who.post("/api/v1/inventory/systems", system).expect(201);
    }

    /** Changes a registered system: {@code system} with the version read. */
    static ApiClient.Response update(ApiClient who, JsonNode stored, Map<String, Object> system) {
        Map<String, Object> body = new LinkedHashMap<>(system);
        body.put("version", stored.get("version").asLong());
        return who.send("PUT", "/api/v1/inventory/systems/" + stored.get("id").asString(),
                cn.govit.core.testsupport.LifecycleDriver.json(body).toString());
    }

    static JsonNode reportCompletion(ApiClient who, JsonNode stored) {
        return who.post("/api/v1/inventory/systems/" + stored.get("id").asString() + "/completion",
                Map.of("version", stored.get("version").asLong())).expect(200);
    }
}

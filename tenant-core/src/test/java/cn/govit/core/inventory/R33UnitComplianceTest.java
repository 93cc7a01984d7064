package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.inMachineRoom;
import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.resource;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * 第三十三条 — an owner unit's compliance is computed from its systems, never typed in: migrated by their dates,
 * resource catalogue compiled, sharing interface provided, data collected at its update frequency; 涉密或有特殊情况及要求的
 * systems are left out.
 */
@RecordApplicationEvents
class R33UnitComplianceTest extends LifecycleIntegrationTest {

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    @Autowired
    private InventoryService inventory;
    @Autowired
    private JwtDecoder jwtDecoder;

    @Test
    void R33_aUnitWhoseSystemsMeetEveryDutyComplies() {
        String unit = registeredUnit(donghu.bureau(), "东湖区合规单位");
        register(donghu.bureau(), system("东湖区合规系统", unit, today));
        Map<String, Object> weekly = system("东湖区周更系统", unit, today.minusDays(7));
        weekly.put("resources", List.of(resource("周报数据", "WEEKLY", true)));
        register(donghu.bureau(), weekly);

        JsonNode compliance = unit(donghu.bureau(), unit);
        assertThat(compliance.get("complies").asBoolean()).isTrue();
        for (Criterion c : Criterion.values()) {
            assertThat(compliance.get("failing").get(c.name())).as(c.name()).isEmpty();
        }
        assertThat(compliance.get("systems").asInt()).isEqualTo(2);
    }

    @Test
    void R33_eachDutyANonExemptSystemFailsNamesThatSystem() {
        String unit = registeredUnit(donghu.bureau(), "东湖区不合规单位");
        register(donghu.bureau(), system("东湖区合规系统", unit, today));
        Map<String, Object> noCatalogue = system("东湖区无目录系统", unit, today);
        noCatalogue.put("resources", List.of());
        register(donghu.bureau(), noCatalogue);
        Map<String, Object> noInterface = system("东湖区无接口系统", unit, today);
        noInterface.put("sharingInterface", false);
        register(donghu.bureau(), noInterface);
        register(donghu.bureau(), system("东湖区归集滞后系统", unit, today.minusDays(2)));
        register(donghu.bureau(), inMachineRoom("东湖区逾期迁移系统", unit, today, today.minusDays(1)));
        register(donghu.bureau(), inMachineRoom("东湖区无计划系统", unit, today, null));

        JsonNode compliance = unit(donghu.bureau(), unit);
        assertThat(compliance.get("complies").asBoolean()).isFalse();
        assertThat(names(compliance, Criterion.CATALOGUED)).containsExactly("东湖区无目录系统");
        assertThat(names(compliance, Criterion.SHARING_INTERFACE)).containsExactly("东湖区无接口系统");
        assertThat(names(compliance, Criterion.COLLECTED)).containsExactlyInAnyOrder("东湖区无目录系统", "东湖区归集滞后系统");
        assertThat(names(compliance, Criterion.MIGRATED)).containsExactlyInAnyOrder("东湖区逾期迁移系统", "东湖区无计划系统");
    }

    @Test
    void R33_exemptSystemsAreLeftOutWithTheirReasonAndApprover() {
        String unit = registeredUnit(donghu.bureau(), "东湖区涉密单位");
        Map<String, Object> classified = inMachineRoom("东湖区涉密专网系统", unit, today, null);
        classified.put("sharingInterface", false);
        classified.put("resources", List.of());
        classified.put("exemption", "CLASSIFIED");
        classified.put("exemptionReason", "涉及国家秘密，按保密规定单独管理");
        classified.put("exemptionApprover", "东湖区保密局");
        register(donghu.bureau(), classified);

        JsonNode compliance = unit(donghu.bureau(), unit);
        assertThat(compliance.get("complies").asBoolean()).isTrue();
        assertThat(compliance.get("exempt").asBoolean()).isTrue();
        JsonNode exempted = compliance.get("exempted").get(0);
        assertThat(exempted.get("system").asString()).isEqualTo("东湖区涉密专网系统");
        assertThat(exempted.get("reason").asString()).isEqualTo("涉及国家秘密，按保密规定单独管理");
        assertThat(exempted.get("approver").asString()).isEqualTo("东湖区保密局");

        register(donghu.bureau(), inMachineRoom("东湖区普通系统", unit, today, null));
        JsonNode mixed = unit(donghu.bureau(), unit);
        assertThat(mixed.get("exempt").asBoolean()).isFalse();
        assertThat(names(mixed, Criterion.MIGRATED)).containsExactly("东湖区普通系统");
    }

    @Test
    void R33_anOwnerOfficerSeesItsOwnUnitsCompliance_rolesNotNamedSeeNone_otherDistrictsNever() {
        String unit = registeredUnit(donghu.bureau(), "东湖区可见单位");
        register(donghu.bureau(), system("东湖区可见系统", unit, today));

        assertThat(donghu.officer().get("/api/v1/inventory/compliance").expect(200).valueStream()
                .map(u -> u.get("ownerUnit").asString())).doesNotContain(unit)
                .allMatch(u -> List.of("东湖区数据资源管理局", "东湖区行政审批局", "东湖区民政局", "东湖区城市管理局").contains(u));
        assertThat(donghu.user("finance").get("/api/v1/inventory/compliance").expect(200).valueStream()
                .map(u -> u.get("ownerUnit").asString())).contains(unit);
        refused(donghu.user("dept").get("/api/v1/inventory/compliance"), 403, "R33");
        refused(donghu.user("expert").get("/api/v1/inventory/compliance"), 403, "R33");
        assertThat(xihu.bureau().get("/api/v1/inventory/compliance").expect(200).valueStream()
                .map(u -> u.get("ownerUnit").asString())).doesNotContain(unit);
    }

    @Test
    void R33_everyChangeOfTheInventoryIsPublishedForTheRollUp(ApplicationEvents events) {
        String unit = registeredUnit(donghu.bureau(), "东湖区事件单位");
        SystemView registered = asBureau(() -> inventory.register(new SystemForm(null, "东湖区事件系统", unit,
                SystemLocation.OWN_MACHINE_ROOM, null, Network.BUSINESS_NETWORK, today.minusYears(8), true, today,
                null, null, null, List.of(new ResourceEntry("事件数据", UpdateFrequency.MONTHLY, true)), null)));
        asBureau(() -> inventory.update(registered.id(), registered.form()));

        assertThat(events.stream(InventoryChanged.class).filter(e -> unit.equals(e.ownerUnit())))
                .extracting(InventoryChanged::kind, InventoryChanged::tenantCode, InventoryChanged::systemId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InventoryChanged.Kind.REGISTERED, "donghu", registered.id()),
                        org.assertj.core.groups.Tuple.tuple(InventoryChanged.Kind.UPDATED, "donghu", registered.id()));
        assertThat(TenantContext.callAs(registry.find("donghu").orElseThrow(), () -> inventory.compliance()))
                .filteredOn(u -> u.ownerUnit().equals(unit)).singleElement()
                .satisfies(u -> assertThat(u.meets(Criterion.MIGRATED)).isFalse());
    }

    private <T> T asBureau(java.util.concurrent.Callable<T> work) {
        return TenantContext.callAs(registry.find("donghu").orElseThrow(), () -> Logins.as(jwtDecoder, "dh-bureau", work));
    }

    private static JsonNode unit(cn.govit.devstack.ApiClient who, String unit) {
        return who.get("/api/v1/inventory/compliance").expect(200).valueStream()
                .filter(u -> u.get("ownerUnit").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no compliance of " + unit));
    }

    private static List<String> names(JsonNode compliance, Criterion criterion) {
        return compliance.get("failing").get(criterion.name()).valueStream().map(JsonNode::asString).toList();
    }
}

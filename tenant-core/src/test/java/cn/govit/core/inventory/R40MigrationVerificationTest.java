package cn.govit.core.inventory;

import static cn.govit.core.inventory.InventoryFixtures.inMachineRoom;
import static cn.govit.core.inventory.InventoryFixtures.register;
import static cn.govit.core.inventory.InventoryFixtures.reportCompletion;
import static cn.govit.core.inventory.InventoryFixtures.system;
import static cn.govit.core.inventory.InventoryFixtures.registeredUnit;
import static cn.govit.core.inventory.InventoryFixtures.unique;
import static cn.govit.core.inventory.InventoryFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.web.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * 第四十条 — the city's bureau guides and checks the districts' migration of their own systems to the city's integrated
 * data centre: the district reports a migration done, the city supervisor verifies it from the city tenant — the only
 * write the city makes in a district.
 */
class R40MigrationVerificationTest extends LifecycleIntegrationTest {

    @BeforeEach
    void ownerUnitsRegistered() {
        InventoryFixtures.registerUnits(donghu.bureau(), xihu.bureau());
    }

    @Autowired
    private InventoryService inventory;
    @Autowired
    private JwtDecoder jwtDecoder;

    @Test
    void R40_theDistrictReportsItsMigrationDone_andTheCitysSupervisorVerifiesIt() {
        String unit = registeredUnit(donghu.bureau(), "东湖区核验单位");
        JsonNode planned = register(donghu.bureau(), inMachineRoom("东湖区不动产登记系统", unit, today, today.plusDays(30)));
        String id = planned.get("id").asString();

        JsonNode reported = reportCompletion(donghu.bureau(), planned);
        assertThat(reported.get("plan").get("status").asString()).isEqualTo("COMPLETION_REPORTED");
        assertThat(reported.get("completionReportedBy").asString()).isEqualTo("dh-bureau");
        assertThat(as("nc-bureau").get("/api/v1/inventory/districts/donghu/awaiting-verification").expect(200)
                .valueStream().map(s -> s.get("id").asString())).contains(id);

        JsonNode verified = as("nc-bureau").post("/api/v1/inventory/districts/donghu/systems/" + id + "/verification",
                Map.of("note", "现场核验：已迁入市政务云")).expect(200);

        assertThat(verified.get("plan").get("status").asString()).isEqualTo("VERIFIED");
        JsonNode seen = donghu.bureau().get("/api/v1/inventory/systems/" + id).expect(200);
        assertThat(seen.get("plan").get("status").asString()).isEqualTo("VERIFIED");
        assertThat(seen.get("verifiedBy").asString()).isEqualTo("nc-bureau");
        assertThat(seen.get("verificationNote").asString()).isEqualTo("现场核验：已迁入市政务云");
        assertThat(seen.get("location").asString()).isEqualTo("CITY_CLOUD");
        assertThat(as("nc-bureau").get("/api/v1/inventory/districts/donghu/awaiting-verification").expect(200)
                .valueStream().map(s -> s.get("id").asString())).doesNotContain(id);
    }

    @Test
    void R40_anOwnerOfficerReportsItsOwnUnitsMigration_andAReportedPlanNoLongerChanges() {
        String name = unique("东湖区审批服务系统");
        JsonNode planned = register(donghu.officer(), inMachineRoom(name, "东湖区行政审批局", today, today.plusDays(10)));
        JsonNode reported = reportCompletion(donghu.officer(), planned);

        JsonNode problem = refused(update(donghu.officer(), reported, inMachineRoom(name, "东湖区行政审批局", today,
                today.plusDays(60))), 409, "R40");
        assertThat(problem.get("field").asString()).isEqualTo("plan.status");
        refused(donghu.officer().post("/api/v1/inventory/systems/" + reported.get("id").asString() + "/completion",
                Map.of("version", reported.get("version").asLong())), 409, "R40");
    }

    @Test
    void R40_theCityVerifiesOnlyAReportedMigration() {
        JsonNode planned = register(donghu.bureau(), inMachineRoom(unique("东湖区未完成系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today,
                today.plusDays(30)));

        refused(as("nc-bureau").post("/api/v1/inventory/districts/donghu/systems/" + planned.get("id").asString()
                + "/verification", Map.of()), 409, "R40");
        assertThat(as("nc-bureau").post("/api/v1/inventory/districts/nowhere/systems/" + planned.get("id").asString()
                + "/verification", Map.of()).status()).isEqualTo(404);
        assertThat(as("nc-bureau").post("/api/v1/inventory/districts/xihu/systems/" + planned.get("id").asString()
                + "/verification", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void R40_noDistrictUserVerifies_notEvenTheDistrictsOwnBureau() {
        JsonNode reported = reportCompletion(donghu.bureau(), register(donghu.bureau(),
                inMachineRoom(unique("东湖区自核系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today, today.plusDays(30))));
        String path = "/api/v1/inventory/districts/donghu/systems/" + reported.get("id").asString() + "/verification";

        refused(donghu.bureau().post(path, Map.of()), 403, "R40");
        refused(xihu.bureau().post(path, Map.of()), 403, "R40");
        refused(donghu.officer().post(path, Map.of()), 403, "R40");
        refused(donghu.bureau().get("/api/v1/inventory/districts/donghu/awaiting-verification"), 403, "R40");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems/" + reported.get("id").asString()).expect(200)
                .get("plan").get("status").asString()).isEqualTo("COMPLETION_REPORTED");
    }

    @Test
    void R40_theCitysSupervisorCannotCreateOrEditADistrictsSystems() {
        JsonNode district = register(donghu.bureau(), system(unique("东湖区监管只读系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today));
        String id = district.get("id").asString();

        assertThat(update(as("nc-bureau"), district, system("市级改名", district.get("ownerUnit").asString(), today))
                .status()).isEqualTo(404);
        assertThat(as("nc-bureau").get("/api/v1/inventory/systems/" + id).status()).isEqualTo(404);
        String cityName = unique("市级登记系统");
        InventoryFixtures.registerUnit(as("nc-bureau"), "南昌市大数据发展管理局");
        register(as("nc-bureau"), system(cityName, "南昌市大数据发展管理局", today));
        assertThat(donghu.bureau().get("/api/v1/inventory/systems").expect(200).valueStream()
                .map(s -> s.get("name").asString())).doesNotContain(cityName, "市级改名");
        assertThat(donghu.bureau().get("/api/v1/inventory/systems/" + id).expect(200).get("name").asString())
                .isEqualTo(district.get("name").asString());
    }

    @Test
    void R40_theSupervisorRoleHeldInADistrictTenantIsRefused() {
        UUID id = UUID.fromString(reportCompletion(donghu.bureau(), register(donghu.bureau(),
                inMachineRoom(unique("东湖区角色系统"), registeredUnit(donghu.bureau(), "东湖区单位"), today, today.plusDays(30)))).get("id").asString());

        refusedIn("donghu", () -> inventory.verify("donghu", id, null));
        refusedIn("donghu", () -> inventory.awaitingVerification("donghu"));
        assertThat(in("city", () -> inventory.verify("donghu", id, null)).plan().status())
                .isEqualTo(MigrationStatus.VERIFIED);
    }

    private <T> T in(String tenant, Callable<T> work) {
        return TenantContext.callAs(registry.find(tenant).orElseThrow(), () -> Logins.as(jwtDecoder, "nc-bureau", work));
    }

    private void refusedIn(String tenant, Callable<?> work) {
        assertThatThrownBy(() -> in(tenant, work)).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status().value()).isEqualTo(403);
            assertThat(p.article()).isEqualTo("R40");
        });
    }
}

package cn.govit.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.RealmUsers;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * 第四十条 — only the city's supervisors, working in the city's tenant, read the supervision API; they read every
 * district but change nothing, each read of a district is audited, and a project is found only under its own district.
 */
class SupervisionAuthorityTest extends LifecycleIntegrationTest {

    @Autowired
    SupervisionService supervision;
    @Autowired
    PlatformAuditLog audit;
    @Autowired
    JwtDecoder decoder;

    private List<String> paths(String projectId) {
        return List.of("/api/v1/supervision/overview", "/api/v1/supervision/overview/workbook",
                "/api/v1/supervision/tenants/donghu", "/api/v1/supervision/tenants/donghu/workbook",
                "/api/v1/supervision/tenants/donghu/units", "/api/v1/supervision/tenants/donghu/projects/" + projectId);
    }

    @Test
    void R40_districtUsersTheCitysOwnOtherRolesAndThePlatformAdministratorAreRefusedEverySupervisionRead() {
        String id = donghu.createComplete("东湖区监管授权项目", "500000.00");
        for (String user : List.of("dh-bureau", "dh-officer", "dh-admin", "xh-bureau", "nc-admin", "nc-officer",
                "platform-admin")) {
            ApiClient client = as(user);
            for (String path : paths(id)) {
                ApiClient.Response response = client.get(path);
                assertThat(response.status()).as(user + " " + path).isEqualTo(403);
                assertThat(response.body()).as(user + " " + path).doesNotContain("东湖区监管授权项目");
            }
        }
        assertThat(as("nc-bureau").get("/api/v1/supervision/tenants/donghu/projects/" + id).expect(200)
                .get("project").get("project").get("title").asString()).isEqualTo("东湖区监管授权项目");
    }

    @Test
    void R40_theSupervisorRoleInADistrictsOrganizationInTwoOrInNoneIsRefusedWhateverTheTokenSays() {
        String id = donghu.createComplete("东湖区监管组织项目", "500000.00");
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-dh", "city-supervisor", Optional.of("donghu"));
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-none", "city-supervisor", Optional.empty());
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-two", "city-supervisor", Optional.of("city"));
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-two", "city-supervisor", Optional.of("donghu"));
        for (String user : List.of("test-supervisor-dh", "test-supervisor-none", "test-supervisor-two")) {
            String token = Tokens.password(TestServices.keycloak(), user);
            // The token does carry the role: the organization alone decides.
            assertThat(claimsOf(token)).as(user).contains("\"city-supervisor\"");
            ApiClient client = new ApiClient(baseUrl(), token);
            for (String path : paths(id)) {
                ApiClient.Response response = client.get(path);
                assertThat(response.status()).as(user + " " + path).isEqualTo(403);
                assertThat(response.body()).as(user + " " + path).doesNotContain("东湖区监管组织项目");
            }
            assertThat(client.get("/api/v1/supervision/overview").json().get("article").asString()).isEqualTo("R40");
        }
        assertThat(claimsOf(Tokens.password(TestServices.keycloak(), "test-supervisor-dh"))).contains("\"donghu\"");
    }

    private static String claimsOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void R40_theCitySupervisorRoleWorkingInADistrictIsRefusedByTheServiceItself() {
        for (String tenant : List.of("donghu", "xihu")) {
            List<Runnable> reads = List.of(() -> supervision.overview(OverviewFilter.ALL),
                    () -> supervision.district("donghu", DistrictFilter.ALL, PageRequest.of(0, 10)),
                    () -> supervision.overviewWorkbook(OverviewFilter.ALL), () -> supervision.units("donghu"),
                    () -> supervision.project("donghu", UUID.randomUUID()));
            for (Runnable read : reads) {
                assertThatThrownBy(() -> TenantContext.callAs(registry.find(tenant).orElseThrow(),
                        () -> Logins.as(decoder, "nc-bureau", () -> {
                            read.run();
                            return null;
                        }))).isInstanceOfSatisfying(ApiProblem.class, p -> {
                            assertThat(p.status().value()).isEqualTo(403);
                            assertThat(p.article()).isEqualTo("R40");
                        });
            }
        }
    }

    @Test
    void R40_theSupervisorChangesNothingThroughTheSupervisionPaths() {
        String id = xihu.createComplete("西湖区监管只读项目", "520000.00");
        JsonNode before = RollupApiTest.withoutTimes(as("nc-bureau").get(RollupApiTest.OVERVIEW).expect(200));
        ApiClient supervisor = as("nc-bureau");
        for (String path : List.of("/api/v1/supervision/overview", "/api/v1/supervision/overview/workbook",
                "/api/v1/supervision/tenants/xihu", "/api/v1/supervision/tenants/xihu/workbook",
                "/api/v1/supervision/tenants/xihu/projects/" + id, "/api/v1/supervision/tenants/xihu/projects/" + id
                        + "/steps", "/api/v1/supervision")) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                int status = supervisor.send(method, path, "{\"action\":\"SUBMIT\",\"version\":0}").status();
                assertThat(status).as(method + " " + path).isIn(403, 404, 405);
            }
        }
        assertThat(RollupApiTest.withoutTimes(as("nc-bureau").get(RollupApiTest.OVERVIEW).expect(200))).isEqualTo(before);
        assertThat(xihu.status(id)).isEqualTo("DRAFT");
        assertThat(xihu.steps(id)).isEmpty();
    }

    @Test
    void R40_aProjectIsFoundOnlyUnderItsOwnDistrictsCode() {
        String id = donghu.createComplete("东湖区监管隔离项目", "530000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);
        ApiClient supervisor = as("nc-bureau");

        JsonNode read = supervisor.get("/api/v1/supervision/tenants/donghu/projects/" + id).expect(200);
        assertThat(read.get("tenantCode").asString()).isEqualTo("donghu");
        assertThat(read.get("project").get("project").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(read.get("steps").valueStream().map(s -> s.get("action").asString())).containsExactly("SUBMIT");

        ApiClient.Response elsewhere = supervisor.get("/api/v1/supervision/tenants/xihu/projects/" + id);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain("东湖区监管隔离项目");
        assertThat(supervisor.get("/api/v1/supervision/tenants/no-such-district").status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/supervision/tenants/xihu?text=东湖区监管隔离项目").expect(200).get("total")
                .asLong()).isZero();
        assertThat(supervisor.get("/api/v1/supervision/tenants/donghu?text=东湖区监管隔离项目").expect(200).get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void R40_everyReadOfADistrictIsInThePlatformsAuditLog() {
        String id = xihu.projectAt("西湖区监管审计项目", "540000.00", ProjectStatus.SUBMITTED, null);
        int before = audit.forTenant("xihu").size();

        as("nc-bureau").get("/api/v1/supervision/tenants/xihu").expect(200);
        as("nc-bureau").get("/api/v1/supervision/tenants/xihu/projects/" + id).expect(200);

        List<PlatformAuditLog.Entry> entries = audit.forTenant("xihu");
        assertThat(entries.subList(before, entries.size())).filteredOn(e -> e.action().equals("SUPERVISION_READ"))
                .hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("nc-bureau"))
                .anySatisfy(e -> assertThat(e.detail()).contains(id));
    }
}

package cn.govit.core.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import cn.govit.core.security.Role;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * 暂停 and 恢复 of a tenant: its users keep reading and are told in Chinese why every change is refused;
 * the city sees that it is suspended; only the platform administrator suspends and resumes.
 */
class TenantSuspensionTest extends CoreIntegrationTest {

    @Autowired
    TenantAdministration administration;
    @Autowired
    JwtDecoder decoder;
    @Autowired
    PlatformAuditLog audit;

    private static Map<String, Object> project(String title, String ownerUnit) {
        return Map.of("title", title, "kind", "CONSTRUCTION", "ownerUnit", ownerUnit, "totalInvestment", "2860000.00");
    }

    @AfterEach
    void donghuWorksAgain() {
        if (registry.find("donghu").orElseThrow().suspended()) {
            Logins.run(decoder, "platform-admin", () -> administration.resume("donghu"));
        }
    }

    @Test
    void aSuspendedDistrictsOfficerReadsButEveryChangeIsRefusedInChineseUntilResumed() {
        ApiClient officer = as("dh-officer");
        String id = officer.post("/api/v1/projects", project("东湖区暂停前的项目", "东湖区数据资源管理局")).expect(201)
                .get("id").asString();

        Logins.run(decoder, "platform-admin", () -> administration.suspend("donghu", "机构调整，暂停办理"));

        assertThat(officer.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(officer.get("/api/v1/projects/" + id).status()).isEqualTo(200);
        ApiClient.Response create = officer.post("/api/v1/projects", project("东湖区暂停期间的项目", "东湖区数据资源管理局"));
        assertThat(create.status()).isEqualTo(423);
        assertThat(create.json().get("title").asString()).contains("东湖区已被平台暂停", "只能查看");
        ApiClient.Response submit = officer.post("/api/v1/projects/" + id + "/steps",
                Map.of("action", "SUBMIT", "version", 0));
        assertThat(submit.status()).isEqualTo(423);
        assertThat(as("dh-admin").post("/api/v1/rules/versions", Map.of("effectiveFrom", "2030-01-01",
                "overrides", Map.of())).status()).isEqualTo(423);
        // Another district is not touched by 东湖区's suspension.
        assertThat(as("xh-officer").post("/api/v1/projects", project("西湖区照常申报", "西湖区数据资源管理局")).status())
                .isEqualTo(201);

        Logins.run(decoder, "platform-admin", () -> administration.resume("donghu"));

        assertThat(officer.post("/api/v1/projects", project("东湖区恢复后的项目", "东湖区数据资源管理局")).status())
                .isEqualTo(201);
        assertThat(audit.forTenant("donghu")).extracting(PlatformAuditLog.Entry::action)
                .containsSubsequence("TENANT_SUSPENDED", "TENANT_RESUMED");
        assertThat(audit.forTenant("donghu")).filteredOn(e -> e.action().equals("TENANT_SUSPENDED"))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("platform-admin");
                    assertThat(e.detail()).isEqualTo("机构调整，暂停办理");
                });
    }

    @Test
    void theCitySupervisorSeesTheSuspensionButCannotSuspendOrResume() {
        Logins.run(decoder, "platform-admin", () -> administration.suspend("donghu", "核查中"));

        Logins.run(decoder, "nc-bureau", () -> {
            assertThat(administration.tree(null).stream().flatMap(TenantSuspensionTest::flatten).toList())
                    .filteredOn(t -> t.code().equals("donghu"))
                    .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TenantStatus.SUSPENDED));
            assertThat(administration.counts().suspended()).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> administration.resume("donghu")).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
            assertThatThrownBy(() -> administration.suspend("xihu", "越权")).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
        });
        assertThat(registry.find("donghu").orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(registry.find("xihu").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void aDistrictsOwnUsersCannotSuspendResumeOrSeeTheTenantTree() {
        for (String user : new String[] {"dh-officer", "dh-admin", "dh-bureau", "xh-admin"}) {
            Logins.run(decoder, user, () -> {
                assertThatThrownBy(() -> administration.suspend("donghu", "x")).isInstanceOfSatisfying(ApiProblem.class,
                        p -> assertThat(p.status()).as(user).isEqualTo(HttpStatus.FORBIDDEN));
                assertThatThrownBy(() -> administration.tree(null)).isInstanceOf(ApiProblem.class);
                assertThatThrownBy(() -> administration.auditTrail(10)).isInstanceOf(ApiProblem.class);
            });
        }
        assertThat(registry.find("donghu").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void suspensionNeedsAReasonAndOnlyAnActiveTenantCanBeSuspended() {
        Logins.run(decoder, "platform-admin", () -> {
            assertThatThrownBy(() -> administration.suspend("donghu", " ")).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.field()).isEqualTo("reason"));
            administration.suspend("donghu", "核查");
            assertThatThrownBy(() -> administration.suspend("donghu", "再次")).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
            assertThatThrownBy(() -> administration.resume("xihu")).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
        });
    }

    @Test
    void thePlatformAdministratorManagesTenantsButReadsNoTenantsProjects() {
        assertThat(Role.PLATFORM_ADMIN.realmName()).isEqualTo("platform-admin");
        assertThat(as("platform-admin").get("/api/v1/projects").status()).isEqualTo(403);
        assertThat(as("platform-admin").get("/api/v1/rules").status()).isEqualTo(403);
    }

    private static java.util.stream.Stream<cn.govit.core.tenancy.Tenant> flatten(TenantNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node.tenant()),
                node.children().stream().flatMap(TenantSuspensionTest::flatten));
    }
}

package cn.govit.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Onboarding a tenant against the real Keycloak and PostgreSQL, as the operator does it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantOnboardingApiTest {

    @Autowired
    Environment environment;
    @Autowired
    TenantRegistry registry;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    PlatformAuditLog audit;
    @Autowired
    javax.sql.DataSource dataSource;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    private ApiClient as(String username) {
        return new ApiClient("http://localhost:" + environment.getProperty("local.server.port"),
                Tokens.password(TestServices.keycloak(), username));
    }

    /** Every change an onboarding makes, one audit entry each. */
    static final String[] ONBOARDING_AUDIT = {"TENANT_REGISTERED", "KEYCLOAK_ORGANIZATION_CREATED",
            "KEYCLOAK_USER_CREATED", "KEYCLOAK_ROLES_GRANTED", "KEYCLOAK_MEMBER_ADDED", "TENANT_SCHEMA_MIGRATED",
            "RULE_SET_INHERITED", "TENANT_ONBOARDED"};

    /** A first admin's password the policy accepts: 12 or more characters of four classes, not the username. */
    static String password(String code) {
        return "Pw-" + code + "-2026";
    }

    private static Map<String, Object> request(String code) {
        return Map.of("code", code, "nameZh", "青山湖区（" + code + "）", "nameEn", "Qingshanhu District " + code, "level", "DISTRICT",
                "adminPassword", password(code), "adminPasswordTemporary", false);
    }

    private static Map<String, Object> request(String code, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(request(code));
        changed.put(key, value);
        return changed;
    }

    private int count(String sql, String arg) {
        return JdbcClient.create(dataSource).sql(sql).param(arg).query(Integer.class).single();
    }

    @Test
    void platformAdminOnboardsATenantWhoseAdminCanLogInWithTheOrganization() {
        String code = "qsh-" + UUID.randomUUID().toString().substring(0, 6);

        JsonNode created = as("platform-admin").post("/api/v1/tenants", request(code)).expect(201);

        assertThat(created.get("code").asString()).isEqualTo(code);
        assertThat(created.get("schemaName").asString()).isEqualTo("t_" + code.replace('-', '_'));
        assertThat(created.get("adminUsername").asString()).isEqualTo(code + "-admin");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(registry.find(code)).isPresent();
        assertThat(directory.findOrganization(code)).hasValueSatisfying(o -> assertThat(o.getName()).isEqualTo("青山湖区（" + code + "）"));
        assertThat(JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'project'")
                .param(created.get("schemaName").asString()).query(Integer.class).single()).isEqualTo(1);
        assertOnboardingAudited(code);
        assertThat(audit.forTenant(code)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("platform-admin"));

        String adminToken = Tokens.password(TestServices.keycloak().issuerUri(), code + "-admin", password(code));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(adminToken.split("\\.")[1]));
        assertThat(payload).contains("\"organization\":[\"" + code + "\"]").contains("tenant-admin");
    }

    @Test
    void onboardingTheSameTenantAgainChangesNothingAndAnswersTheSame() {
        String code = "again-" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient admin = as("platform-admin");
        JsonNode first = admin.post("/api/v1/tenants", request(code)).expect(201);

        JsonNode second = admin.post("/api/v1/tenants", request(code)).expect(200);

        assertThat(second).isEqualTo(first);
        assertThat(audit.forTenant(code)).hasSize(ONBOARDING_AUDIT.length);
    }

    @Test
    void onboardingAnExistingTenantWithAnotherAdminLevelOrNameIs409NamingWhatDiffersAndChangesNothing() {
        String code = "reonb-" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient admin = as("platform-admin");
        JsonNode first = admin.post("/api/v1/tenants", request(code)).expect(201);
        int audited = audit.forTenant(code).size();

        ApiClient.Response otherAdmin = admin.post("/api/v1/tenants", request(code, "adminUsername", code + "-intruder"));
        ApiClient.Response otherLevel = admin.post("/api/v1/tenants", request(code, "level", "COUNTY"));
        ApiClient.Response otherName = admin.post("/api/v1/tenants", request(code, "nameZh", "别的区（" + code + "）"));

        assertThat(otherAdmin.status()).isEqualTo(409);
        assertThat(otherAdmin.json().get("field").asString()).isEqualTo("adminUsername");
        assertThat(otherAdmin.json().get("detail").asString()).contains("管理员", code + "-admin", code + "-intruder");
        assertThat(otherLevel.status()).isEqualTo(409);
        assertThat(otherLevel.json().get("detail").asString()).contains("层级", "“区”", "“县”");
        assertThat(otherName.status()).isEqualTo(409);
        assertThat(otherName.json().get("detail").asString()).contains("名称", "别的区");
        assertThat(otherName.json().get("status").asInt()).isEqualTo(409);
        assertThat(directory.usersNamed(code + "-intruder")).isZero();
        assertThat(registry.find(code)).hasValueSatisfying(t -> {
            assertThat(t.level().name()).isEqualTo("DISTRICT");
            assertThat(t.nameZh()).isEqualTo("青山湖区（" + code + "）");
        });
        assertThat(audit.forTenant(code)).hasSize(audited);
        assertThat(admin.post("/api/v1/tenants", request(code)).expect(200)).isEqualTo(first);
    }

    @Test
    void anAccountOfAnotherTenantCannotBecomeTheFirstAdministratorOfANewOne() {
        String code = "taken-" + UUID.randomUUID().toString().substring(0, 6);

        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", request(code, "adminUsername", "nc-officer"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("field").asString()).isEqualTo("adminUsername");
        assertThat(response.json().get("detail").asString()).contains("nc-officer", "city");
        assertThat(registry.find(code)).isEmpty();
        assertThat(directory.findOrganization(code)).isEmpty();
        String officerToken = Tokens.password(TestServices.keycloak(), "nc-officer");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(officerToken.split("\\.")[1])))
                .doesNotContain("tenant-admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Short-1a", "alllowercaseletters", "Pw-ADMIN-2026-x"})
    void aFirstAdministratorPasswordAgainstThePolicyIs400AndCreatesNothing(String weak) {
        String code = "weak-" + UUID.randomUUID().toString().substring(0, 6);
        // The third is long and mixed but contains the username.
        String password = weak.replace("ADMIN", code + "-admin");

        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", request(code, "adminPassword", password));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("adminPassword");
        assertThat(response.json().get("detail").asString()).contains("12");
        assertThat(registry.find(code)).isEmpty();
        assertThat(directory.usersNamed(code + "-admin")).isZero();
    }

    @Test
    void twoConcurrentOnboardingsOfOneCodeGiveOne201AndOne200WithExactlyOneOfEverything() throws Exception {
        String code = "conc-" + UUID.randomUUID().toString().substring(0, 6);
        String token = Tokens.password(TestServices.keycloak(), "platform-admin");
        String url = "http://localhost:" + environment.getProperty("local.server.port");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<Integer> onboard = () -> {
            start.await();
            return new ApiClient(url, token).post("/api/v1/tenants", request(code)).status();
        };
        java.util.List<Integer> statuses;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(onboard);
            var b = pool.submit(onboard);
            statuses = java.util.List.of(a.get(), b.get());
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(count("SELECT count(*) FROM platform.tenant WHERE code = ?", code)).isEqualTo(1);
        assertThat(directory.organizationsAliased(code)).isEqualTo(1);
        assertThat(directory.usersNamed(code + "-admin")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                "t_" + code.replace('-', '_'))).isEqualTo(1);
        assertOnboardingAudited(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "public", "Bad_Code", "1zone", "x", "东湖", "pg-temp"})
    void badTenantCodeIs400AndCreatesNothing(String code) {
        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", request(code));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("code");
        assertThat(response.json().get("detail").asString()).contains(code);
        assertThat(registry.find(code)).isEmpty();
        assertThat(directory.findOrganization(code)).isEmpty();
    }

    @Test
    void theFirstAdministratorGetsTheEMailGivenAndAMalformedOneIs400NamingTheField() {
        String code = "mail-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> withMail = new java.util.HashMap<>(request(code));
        withMail.put("adminEmail", "it-office@" + code + ".gov.cn");
        as("platform-admin").post("/api/v1/tenants", withMail).expect(201);
        String adminToken = Tokens.password(TestServices.keycloak().issuerUri(), code + "-admin", password(code));
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(adminToken.split("\\.")[1])))
                .contains("\"email\":\"it-office@" + code + ".gov.cn\"");

        String other = "mail-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> badMail = new java.util.HashMap<>(request(other));
        badMail.put("adminEmail", "not-an-address");
        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", badMail);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("adminEmail");
        assertThat(registry.find(other)).isEmpty();
    }

    @Test
    void missingChineseNameIs400NamingTheField() {
        ApiClient.Response response = as("platform-admin").send("POST", "/api/v1/tenants",
                "{\"code\":\"noname-zone\",\"level\":\"DISTRICT\",\"adminPassword\":\"secret\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("nameZh");
        assertThat(registry.find("noname-zone")).isEmpty();
    }

    @Test
    void anotherCodeWithAnExistingOfficialNameIsAConflictNamingTheField() {
        String code = "dup-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> sameNameAsDonghu = new java.util.HashMap<>(request(code));
        sameNameAsDonghu.put("nameZh", "东湖区");

        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", sameNameAsDonghu);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("field").asString()).isEqualTo("nameZh");
        assertThat(registry.find(code)).isEmpty();
    }

    @Test
    void anUnknownParentOrADivisionCodeThatIsNotSixDigitsIs400NamingTheFieldAndCreatesNothing() {
        String code = "orphan-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> orphan = new java.util.HashMap<>(request(code));
        orphan.put("parentCode", "no-such-city");
        orphan.put("divisionCode", "360199");
        ApiClient.Response response = as("platform-admin").post("/api/v1/tenants", orphan);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("parentCode");
        assertThat(response.json().get("title").asString()).isEqualTo("上级租户不存在");

        Map<String, Object> badCode = new java.util.HashMap<>(request(code));
        badCode.put("divisionCode", "3601");
        response = as("platform-admin").post("/api/v1/tenants", badCode);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("divisionCode");

        assertThat(registry.find(code)).isEmpty();
        assertThat(directory.findOrganization(code)).isEmpty();
    }

    @Test
    void theOnboardingProgressOfATenantIsReadableByPlatformAdminsOnly() {
        String code = "prog-" + UUID.randomUUID().toString().substring(0, 6);
        as("platform-admin").post("/api/v1/tenants", request(code)).expect(201);

        JsonNode progress = as("platform-admin").get("/api/v1/tenants/" + code + "/onboarding").expect(200);

        for (String step : new String[] {"REGISTERED", "ORGANIZATION", "FIRST_ADMIN", "SCHEMA", "RULE_SET", "ACTIVATED"}) {
            assertThat(progress.get(step).get("state").asString()).as(step).isEqualTo("DONE");
        }
        assertThat(as("dh-admin").get("/api/v1/tenants/" + code + "/onboarding").status()).isEqualTo(403);
        assertThat(as("nc-bureau").get("/api/v1/tenants/" + code + "/onboarding").status()).isEqualTo(403);
    }

    @Test
    void onlyPlatformAdminsMayOnboard() {
        String code = "denied-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(as("dh-officer").post("/api/v1/tenants", request(code)).status()).isEqualTo(403);
        assertThat(as("nc-bureau").post("/api/v1/tenants", request(code)).status()).isEqualTo(403);
        assertThat(new ApiClient("http://localhost:" + environment.getProperty("local.server.port"), null)
                .post("/api/v1/tenants", request(code)).status()).isEqualTo(401);
        assertThat(registry.find(code)).isEmpty();
    }

    /** Every change audited once: registered first and onboarded last, Keycloak's and the schema's side by side. */
    private void assertOnboardingAudited(String code) {
        List<String> actions = audit.forTenant(code).stream().map(PlatformAuditLog.Entry::action).toList();
        assertThat(actions).containsExactlyInAnyOrder(ONBOARDING_AUDIT);
        assertThat(actions.getFirst()).isEqualTo("TENANT_REGISTERED");
        assertThat(actions.getLast()).isEqualTo("TENANT_ONBOARDED");
    }
}

package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import cn.govit.core.testsupport.TenantCoreTestApplication;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.Database;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.util.PSQLException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Least privilege (issue 9, item 6): the application's pool logs in as a role that reads and writes data but
 * cannot create, alter or drop anything; the migrations at start-up run as the schemas' owner and grant it
 * data access on each schema. The application works as before on that role.
 */
@SpringBootTest(classes = TenantCoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppRoleRunsNoDdlTest {

    static final String APP_ROLE = "govit_app_least";
    static final String APP_PASSWORD = "least-privilege";

    @DynamicPropertySource
    static void appRoleOnTheTestDatabase(DynamicPropertyRegistry properties) {
        Database owner = TestServices.database();
        // What a DBA does once: a login role that owns nothing.
        Database app = owner.loginRole(APP_ROLE, APP_PASSWORD);
        assertThat(app.username()).isEqualTo(APP_ROLE);
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
        properties.add("spring.datasource.url", app::jdbcUrl);
        properties.add("spring.datasource.username", app::username);
        properties.add("spring.datasource.password", app::password);
        properties.add("govit.tenancy.owner.username", owner::username);
        properties.add("govit.tenancy.owner.password", owner::password);
        properties.add("govit.tenancy.app-role", () -> APP_ROLE);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    TenantRegistry registry;
    @Autowired
    Environment environment;

    @BeforeEach
    void donghuOnboarded() {
        registry.onboard("donghu", "东湖区", "Donghu District", TenantLevel.DISTRICT);
    }

    @Test
    void theApplicationsRoleIsRefusedCreateAlterAndDropOnTenantAndPlatformSchemas() {
        JdbcClient app = JdbcClient.create(dataSource);
        assertThat(app.sql("SELECT current_user").query(String.class).single()).isEqualTo(APP_ROLE);
        assertThat(app.sql("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        String schema = TenantCode.schemaFor("donghu");
        for (String ddl : new String[] {
                "CREATE TABLE " + schema + ".intruder (id int)",
                "DROP TABLE " + schema + ".review_meeting",
                "ALTER TABLE " + schema + ".review_meeting ADD COLUMN intruder int",
                "TRUNCATE " + schema + ".review_meeting",
                "CREATE TABLE platform.intruder (id int)",
                "DROP TABLE platform.tenant",
                "ALTER TABLE platform.tenant DROP COLUMN status",
                "CREATE SCHEMA intruder",
                "DROP SCHEMA " + schema + " CASCADE",
                "CREATE TABLE public.intruder (id int)"}) {
            // 42501 insufficient_privilege: "permission denied for schema …" or "must be owner of table …"
            assertThatThrownBy(() -> app.sql(ddl).update()).as(ddl).rootCause()
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).as(ddl).isEqualTo("42501"));
        }
        assertThat(app.sql("SELECT count(*) FROM " + schema + ".review_meeting").query(Integer.class).single()).isNotNegative();
    }

    @Test
    void anOfficerWorksAsBeforeThroughTheApplicationsRole() {
        ApiClient officer = new ApiClient("http://localhost:" + environment.getProperty("local.server.port"),
                Tokens.password(TestServices.keycloak(), "dh-officer"));
        // Granting the new role re-migrates every tenant in the background; meanwhile 东湖区 answers 503 and
        // asks to try again, as an officer would.
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> officer.get("/api/v1/projects").status() != 503);
        String id = officer.post("/api/v1/projects", Map.of("title", "最小权限下的项目", "kind", "CONSTRUCTION",
                "ownerUnit", "东湖区数据资源管理局", "totalInvestment", "2860000.00")).expect(201).get("id").asString();
        assertThat(officer.get("/api/v1/projects/" + id).status()).isEqualTo(200);
    }
}

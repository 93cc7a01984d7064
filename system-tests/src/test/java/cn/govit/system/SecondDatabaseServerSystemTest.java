package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.Database;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第三十九条、第四十条 — 西湖区 moves to a PostgreSQL server of its own (统一开发、市县区分级部署) the way the platform
 * administrator moves a district: suspend, export, import on that server, switch, resume — all through the gateway.
 * Its officer then works on the new server through the gateway, and the city supervisor sees the new project in the
 * overview. Afterwards it moves back the same way, so the other system tests find it where they expect it.
 */
class SecondDatabaseServerSystemTest {

    private static final String CODE = "xihu";
    private static final String OVERVIEW = "/api/v1/supervision/overview";

    @Test
    void R39_aDistrictOnItsOwnServerWorksThroughTheGatewayAndIsInTheCitysOverview() throws Exception {
        ApiClient admin = SystemUnderTest.gatewayAs("platform-admin");
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().start()) {
            String secondUrl = "jdbc:postgresql://localhost:" + second.getPort() + "/postgres";
            Database secondServer = new Database(secondUrl, "postgres", "", "embedded");
            Database platformServer = TestServices.database();
            // The app logs in with its own data-only role on every server, as on the platform's.
            secondServer.loginRole("govit_app", "govit-app");
            JsonNode before = tenant(SystemUnderTest.gatewayAs("nc-bureau").get(OVERVIEW).expect(200));
            assertThat(before.get("tiered").asBoolean()).isFalse();

            move(admin, secondUrl);
            try {
                assertThat(schemas(secondServer)).isEqualTo(1);
                assertThat(schemas(platformServer)).isZero();

                ApiClient officer = SystemUnderTest.gatewayAs("xh-officer");
                String id = officer.post("/api/v1/projects", Map.of("title", "西湖区独立部署系统测试项目",
                                "kind", "CONSTRUCTION", "ownerUnit", "西湖区教育体育局", "totalInvestment", "765432.10"))
                        .expect(201).get("id").asString();

                JsonNode read = officer.get("/api/v1/projects/" + id).expect(200);
                assertThat(read.get("project").get("title").asString()).isEqualTo("西湖区独立部署系统测试项目");
                assertThat(projects(secondServer, id)).isEqualTo(1);
                JsonNode after = tenant(SystemUnderTest.gatewayAs("nc-bureau").get(OVERVIEW).expect(200));
                assertThat(after.get("tiered").asBoolean()).isTrue();
                assertThat(after.get("projects").asInt()).isEqualTo(before.get("projects").asInt() + 1);
                assertThat(after.get("totalInvestment").decimalValue())
                        .isEqualByComparingTo(before.get("totalInvestment").decimalValue().add(new BigDecimal("765432.10")));
            } finally {
                move(admin, null);
            }
            assertThat(schemas(platformServer)).isEqualTo(1);
            assertThat(schemas(secondServer)).isZero();
        }
    }

    /** Suspend, export, import as the copy on {@code databaseUrl} (null: the platform's server), switch, resume. */
    private static void move(ApiClient admin, String databaseUrl) throws Exception {
        // 暂停 / 恢复 in 租户管理 change the registry's status and nothing else; the app has no API for them.
        setStatus("ACTIVE", "SUSPENDED");
        HttpResponse<byte[]> archive = admin.download("/api/v1/tenants/" + CODE + "/export");
        assertThat(archive.statusCode()).isEqualTo(200);
        String query = databaseUrl == null ? "" : "?databaseUrl=" + URLEncoder.encode(databaseUrl, StandardCharsets.UTF_8);
        importArchive(query, archive.body());
        String body = databaseUrl == null ? "{}" : "{\"databaseUrl\":\"" + databaseUrl + "\"}";
        admin.send("PUT", "/api/v1/tenants/" + CODE + "/database", body).expect(200);
        setStatus("SUSPENDED", "ACTIVE");
    }

    private static void importArchive(String query, byte[] zip) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SystemUnderTest.platform().gatewayUrl()
                        + "/api/v1/tenants/imports" + query))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), "platform-admin"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    private static JsonNode tenant(JsonNode overview) {
        return overview.get("tenants").valueStream().filter(t -> t.get("code").asString().equals(CODE))
                .findFirst().orElseThrow();
    }

    private static void setStatus(String from, String to) throws SQLException {
        try (Connection db = TestServices.database().connect();
             PreparedStatement s = db.prepareStatement("UPDATE platform.tenant SET status = ? WHERE code = ? AND status = ?")) {
            s.setString(1, to);
            s.setString(2, CODE);
            s.setString(3, from);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static int schemas(Database server) throws SQLException {
        return count(server, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_xihu'", null);
    }

    private static int projects(Database server, String id) throws SQLException {
        return count(server, "SELECT count(*) FROM t_xihu.project WHERE id::text = ?", id);
    }

    private static int count(Database server, String sql, String param) throws SQLException {
        try (Connection db = server.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

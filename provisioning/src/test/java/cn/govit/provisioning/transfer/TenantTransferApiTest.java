package cn.govit.provisioning.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.Archives;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export, verification, import, change of server (Art. 39) and offboarding of a tenant through the
 * provisioning API, against the real Keycloak and PostgreSQL — and refused to everyone but the platform
 * administrator, in the API and in the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantTransferApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Environment environment;
    @Autowired
    TenantRegistry registry;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    PlatformAuditLog audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    TenantTransferService transfer;
    @Autowired
    JwtDecoder decoder;
    @TempDir
    Path dir;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    private ApiClient as(String username) {
        return new ApiClient(baseUrl(), Tokens.password(TestServices.keycloak(), username));
    }

    private String onboarded(String prefix) {
        return onboarded(prefix, Map.of());
    }

    private String onboarded(String prefix, Map<String, Object> more) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> request = new HashMap<>(Map.of("code", code, "nameZh", "测试区（" + code + "）",
                "level", "DISTRICT", "adminPassword", "Pw-" + code + "-2026", "adminPasswordTemporary", false));
        request.putAll(more);
        as("platform-admin").post("/api/v1/tenants", request).expect(201);
        return code;
    }

    private void suspend(String code) {
        assertThat(registry.changeStatus(code, TenantStatus.ACTIVE, TenantStatus.SUSPENDED)).isTrue();
    }

    private Path export(String username, String code) throws IOException, InterruptedException {
        Path file = dir.resolve(code + "-" + UUID.randomUUID() + ".zip");
        HttpResponse<Path> response = http(username, "GET", "/api/v1/tenants/" + code + "/export", null,
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        return file;
    }

    private Answer upload(String username, String path, Path zip) throws IOException, InterruptedException {
        HttpResponse<String> r = http(username, "POST", path, zip, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    private <T> HttpResponse<T> http(String username, String method, String path, Path body,
                                     HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), username))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(body));
        if (body != null) {
            request.header("Content-Type", "application/zip");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), handler);
        }
    }

    record Answer(int status, JsonNode json) {
    }

    private Path tampered(Path original, String file) throws IOException {
        return Archives.withOneByteFlipped(original, file, dir.resolve("tampered-" + UUID.randomUUID() + ".zip"));
    }

    private int schemas(DataSource db, String code) {
        return JdbcClient.create(db).sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")
                .param("t_" + code.replace('-', '_')).query(Integer.class).single();
    }

    @Test
    void offboardingIsRefusedUntilAnExportTakenWhileSuspendedIsVerifiedThenLeavesOnlyATombstone() throws Exception {
        String division = String.format("%06d", ThreadLocalRandom.current().nextInt(100000, 999999));
        String code = onboarded("off", Map.of("divisionCode", division));
        ApiClient admin = as("platform-admin");

        assertThat(admin.post("/api/v1/tenants/" + code + "/offboarding", Map.of()).status()).isEqualTo(409);
        Path whileActive = export("platform-admin", code);
        suspend(code);
        ApiClient.Response noExport = admin.post("/api/v1/tenants/" + code + "/offboarding", Map.of());
        assertThat(noExport.status()).isEqualTo(409);
        assertThat(noExport.json().get("title").asString()).contains("尚无暂停后导出并经核验的数据归档");
        // An export taken before the suspension, even verified, does not count: the tenant could still change.
        assertThat(upload("platform-admin", "/api/v1/tenants/" + code + "/exports/verification", whileActive).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/tenants/" + code + "/offboarding", Map.of()).status()).isEqualTo(409);

        Path archive = export("platform-admin", code);
        assertThat(admin.post("/api/v1/tenants/" + code + "/offboarding", Map.of()).status())
                .as("exported but not verified").isEqualTo(409);
        Answer altered = upload("platform-admin", "/api/v1/tenants/" + code + "/exports/verification",
                tampered(archive, "platform/rule_set_version.bin"));
        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.json().get("file").asString()).isEqualTo("platform/rule_set_version.bin");
        assertThat(altered.json().get("title").asString()).contains("platform/rule_set_version.bin", "SHA-256");
        Answer verified = upload("platform-admin", "/api/v1/tenants/" + code + "/exports/verification", archive);
        assertThat(verified.status()).isEqualTo(200);
        String sha256 = verified.json().get("sha256").asString();
        assertThat(sha256).hasSize(64);

        JsonNode tombstone = admin.post("/api/v1/tenants/" + code + "/offboarding", Map.of()).expect(200);

        assertThat(tombstone.get("archiveSha256").asString()).isEqualTo(sha256);
        assertThat(tombstone.get("offboardedBy").asString()).isEqualTo("platform-admin");
        assertThat(registry.find(code)).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TenantStatus.OFFBOARDED));
        // Its 行政区划代码 passes to a successor, as 湾里区's did to 湾里管理局.
        assertThat(onboarded("succ", Map.of("divisionCode", division))).isNotBlank();
        assertThat(directory.findOrganization(code)).isEmpty();
        assertThat(directory.usersNamed(code + "-admin")).isZero();
        assertThat(schemas(dataSource, code)).isZero();
        assertThat(audit.forTenant(code)).extracting(PlatformAuditLog.Entry::action).containsSubsequence(
                "TENANT_EXPORTED", "TENANT_EXPORT_VERIFIED", "TENANT_EXPORTED", "TENANT_EXPORT_VERIFIED",
                "TENANT_OFFBOARD_ACCOUNTS", "TENANT_OFFBOARD_SCHEMA", "TENANT_OFFBOARDED");
        // The code is not given out again, neither by onboarding nor by an import.
        ApiClient.Response again = admin.post("/api/v1/tenants", Map.of("code", code, "nameZh", "新测试区（" + code + "）",
                "level", "DISTRICT", "adminPassword", "Pw-" + code + "-2026"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("title").asString()).contains("已注销");
        assertThat(upload("platform-admin", "/api/v1/tenants/imports", archive).status()).isEqualTo(409);
        assertThat(directory.findOrganization(code)).isEmpty();
    }

    @Test
    void anArchiveImportsAsANewTenantButNeverOverAnActiveOneAndATamperedOneCreatesNothing() throws Exception {
        String code = onboarded("imp");
        Path archive = export("platform-admin", code);
        String copy = "copy-" + UUID.randomUUID().toString().substring(0, 6);

        Answer imported = upload("platform-admin", "/api/v1/tenants/imports?code=" + copy, archive);

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("code").asString()).isEqualTo(copy);
        assertThat(imported.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(schemas(dataSource, copy)).isEqualTo(1);
        assertThat(audit.forTenant(copy)).extracting(PlatformAuditLog.Entry::action).containsExactly("TENANT_IMPORTED");

        Answer overActive = upload("platform-admin", "/api/v1/tenants/imports", archive);
        assertThat(overActive.status()).isEqualTo(409);
        assertThat(overActive.json().get("title").asString()).contains(code, "未暂停");

        String other = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        Answer bad = upload("platform-admin", "/api/v1/tenants/imports?code=" + other, tampered(archive, "tables/project_document.bin"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("file").asString()).isEqualTo("tables/project_document.bin");
        assertThat(bad.json().get("article").asString()).isEqualTo("第三十九条");
        assertThat(registry.find(other)).isEmpty();
        assertThat(schemas(dataSource, other)).isZero();

        Path notZip = dir.resolve("not.zip");
        Files.writeString(notZip, "不是归档");
        Answer garbage = upload("platform-admin", "/api/v1/tenants/imports?code=" + other, notZip);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("title").asString()).contains("不是平台导出的租户归档");
    }

    @Test
    void aSuspendedTenantMovesToASecondPostgresServerAndBackWithItsData() throws Exception {
        String code = onboarded("mov");
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().start()) {
            String secondUrl = second.getJdbcUrl("postgres", "postgres");
            ApiClient admin = as("platform-admin");
            assertThat(admin.send("PUT", "/api/v1/tenants/" + code + "/database",
                    JSON.writeValueAsString(Map.of("databaseUrl", secondUrl))).status()).as("not suspended").isEqualTo(409);
            suspend(code);
            Path archive = export("platform-admin", code);

            assertThat(upload("platform-admin", "/api/v1/tenants/imports?databaseUrl=" + java.net.URLEncoder.encode(secondUrl, java.nio.charset.StandardCharsets.UTF_8), archive).status()).isEqualTo(201);
            assertThat(upload("platform-admin", "/api/v1/tenants/imports?databaseUrl=" + java.net.URLEncoder.encode(secondUrl, java.nio.charset.StandardCharsets.UTF_8), archive).status())
                    .as("the copy is there already").isEqualTo(409);
            JsonNode moved = admin.send("PUT", "/api/v1/tenants/" + code + "/database",
                    JSON.writeValueAsString(Map.of("databaseUrl", secondUrl))).expect(200);

            assertThat(moved.get("databaseUrl").asString()).isEqualTo(secondUrl);
            assertThat(schemas(second.getPostgresDatabase(), code)).isEqualTo(1);
            assertThat(schemas(dataSource, code)).isZero();
            // Exported again from its new server, it holds the same rule-set versions it left with.
            Path fromSecond = export("platform-admin", code);
            assertThat(entry(fromSecond, "platform/rule_set_version.bin")).isEqualTo(entry(archive, "platform/rule_set_version.bin"));
            assertThat(audit.forTenant(code)).extracting(PlatformAuditLog.Entry::action)
                    .containsSubsequence("TENANT_EXPORTED", "TENANT_COPY_IMPORTED", "TENANT_MOVED", "TENANT_EXPORTED");

            assertThat(upload("platform-admin", "/api/v1/tenants/imports", fromSecond).status()).isEqualTo(201);
            assertThat(admin.send("PUT", "/api/v1/tenants/" + code + "/database", "{}").status()).isEqualTo(200);
            assertThat(registry.find(code).orElseThrow().databaseUrl()).isNull();
            assertThat(schemas(dataSource, code)).isEqualTo(1);
            assertThat(schemas(second.getPostgresDatabase(), code)).isZero();
        }
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            return java.util.HexFormat.of().formatHex(in.readAllBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-admin", "dh-officer", "nc-bureau", "nc-admin"})
    void everyTransferEndpointRefusesAnyoneButThePlatformAdminAlsoWithForgedHeaders(String username) throws Exception {
        String code = "donghu";
        ApiClient caller = as(username).withHeader("X-Tenant", code).withHeader("X-Roles", "platform-admin");
        assertThat(caller.get("/api/v1/tenants/" + code + "/export").status()).isEqualTo(403);
        assertThat(caller.get("/api/v1/tenants/" + code + "/exports").status()).isEqualTo(403);
        assertThat(caller.post("/api/v1/tenants/" + code + "/offboarding", Map.of()).status()).isEqualTo(403);
        assertThat(caller.send("PUT", "/api/v1/tenants/" + code + "/database", "{}").status()).isEqualTo(403);
        Path empty = dir.resolve("empty.zip");
        Files.write(empty, new byte[0]);
        assertThat(upload(username, "/api/v1/tenants/imports", empty).status()).isEqualTo(403);
        assertThat(upload(username, "/api/v1/tenants/" + code + "/exports/verification", empty).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-admin", "nc-bureau"})
    void theServiceItselfRefusesADistrictAdminAndTheCitySupervisor(String username) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                CurrentUser.fromKeycloakToken().convert(decoder.decode(Tokens.password(TestServices.keycloak(), username))));
        try {
            for (Runnable call : new Runnable[] {() -> transfer.exportable("donghu"), () -> transfer.exports("donghu"),
                    () -> transfer.offboard("donghu"), () -> transfer.switchServer("donghu", null),
                    () -> transfer.importArchive(InputStream.nullInputStream(), "donghu", null),
                    () -> transfer.verify("donghu", InputStream.nullInputStream())}) {
                assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}

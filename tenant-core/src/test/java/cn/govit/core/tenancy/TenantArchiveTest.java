package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.testsupport.TenantMoves;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.Archives;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A tenant as one archive (Art. 39, 统一开发、市县区分级部署): exported and imported with its data, documents
 * and rule-set versions unchanged, refused when a file was altered, and moved to a second PostgreSQL server
 * where its officers keep working through the API while the city still counts it.
 */
class TenantArchiveTest extends CoreIntegrationTest {

    @Autowired
    TenantArchive archive;
    @Autowired
    TenantAdministration administration;
    @Autowired
    JwtDecoder decoder;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    private static Map<String, Object> project(String title) {
        return Map.of("title", title, "kind", "CONSTRUCTION", "ownerUnit", "东湖区行政审批局", "totalInvestment", "500000.00",
                "upwardApplication", false, "touchesStateSecurity", false, "touchesCivilAirDefence", false,
                "civilWorksOrHighEnergy", false, "classified", false);
    }

    private String donghuProjectWithDocument(String title) {
        ApiClient officer = as("dh-officer");
        String id = officer.post("/api/v1/projects", project(title)).expect(201).get("id").asString();
        officer.upload("/api/v1/projects/" + id + "/documents", "file", "建设方案.pdf", "application/pdf",
                ("%PDF-1.4 " + title).getBytes(StandardCharsets.UTF_8), Map.of("type", "APPLICATION_PLAN")).expect(201);
        return id;
    }

    private Path exported(Tenant tenant) throws IOException {
        Path file = dir.resolve(tenant.code() + "-" + UUID.randomUUID() + ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            archive.export(tenant, out);
        }
        return file;
    }

    /** Every row of every table of the schema, as text in a fixed order: equal schemas give equal strings. */
    private static String contents(DataSource db, String schema, List<String> tables) {
        JdbcClient jdbc = JdbcClient.create(db);
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append(table).append(':').append(jdbc.sql("SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM \""
                    + schema + "\".\"" + table + "\" t").query(String.class).single()).append('\n');
        }
        return all.toString();
    }

    @Test
    void anImportedCopyHasTheSameDataDocumentsAndRuleVersionsAsTheOriginal() throws IOException {
        donghuProjectWithDocument("东湖区归档往返项目");
        // Effective today: a version dated later would keep the other tests of this JVM from publishing today.
        as("dh-admin").post("/api/v1/rules/versions", Map.of("effectiveFrom", LocalDate.now(BusinessTime.ZONE).toString(),
                "overrides", Map.of(), "note", "归档测试")).expect(201);
        Tenant donghu = registry.find("donghu").orElseThrow();
        Path file = exported(donghu);
        String copyCode = "dh-copy-" + UUID.randomUUID().toString().substring(0, 6);

        TenantArchive.Manifest manifest = archive.verify(file);
        Tenant copy = archive.importAsNew(file, manifest, copyCode, null);

        assertThat(copy.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(copy.nameZh()).isEqualTo("东湖区");
        assertThat(manifest.code()).isEqualTo("donghu");
        List<String> tables = archive.tables(donghu);
        assertThat(archive.tables(copy)).isEqualTo(tables);
        assertThat(contents(dataSource, copy.schemaName(), tables)).isEqualTo(contents(dataSource, donghu.schemaName(), tables));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String documentChecksums = "SELECT string_agg(sha256 || '=' || encode(sha256(content), 'hex'), ',' ORDER BY sha256) FROM \"%s\".project_document";
        assertThat(jdbc.sql(documentChecksums.formatted(copy.schemaName())).query(String.class).single())
                .isEqualTo(jdbc.sql(documentChecksums.formatted(donghu.schemaName())).query(String.class).single())
                .contains("=");
        String ruleVersions = "SELECT string_agg(version || ':' || effective_from || ':' || overrides::text || ':' || coalesce(note, ''), ',' ORDER BY version) FROM platform.rule_set_version WHERE tenant_code = ?";
        assertThat(jdbc.sql(ruleVersions).param(copyCode).query(String.class).single())
                .isEqualTo(jdbc.sql(ruleVersions).param("donghu").query(String.class).single())
                .contains("归档测试");
    }

    @Test
    void anArchiveWithOneAlteredFileIsRefusedNamingThatFileAndCreatesNothing() throws IOException {
        donghuProjectWithDocument("东湖区被篡改的归档");
        Path original = exported(registry.find("donghu").orElseThrow());
        Path tampered = Archives.withOneByteFlipped(original, "tables/project.bin", dir.resolve("tampered.zip"));

        assertThatThrownBy(() -> archive.verify(tampered)).isInstanceOfSatisfying(TenantArchiveException.class, e -> {
            assertThat(e.reason()).isEqualTo(TenantArchiveException.Reason.CHECKSUM_MISMATCH);
            assertThat(e.file()).isEqualTo("tables/project.bin");
        });
        assertThat(archive.verify(original).code()).isEqualTo("donghu");
    }

    @Test
    void theArchiveHoldsEveryTableOfTheSchemaAlsoOneAddedAfterThisCodeWasWritten() throws IOException {
        Tenant xihu = registry.find("xihu").orElseThrow();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE t_xihu.added_later (id int PRIMARY KEY, note text)").update();
        jdbc.sql("INSERT INTO t_xihu.added_later VALUES (1, '新表的数据')").update();
        try {
            TenantArchive.Manifest manifest = archive.verify(exported(xihu));

            List<String> schemaTables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 't_xihu'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'databasechangelog%' ORDER BY table_name")
                    .query(String.class).list();
            assertThat(manifest.tables()).containsExactlyInAnyOrderElementsOf(schemaTables).contains("added_later", "project");
            assertThat(manifest.files()).filteredOn(f -> "added_later".equals(f.table()))
                    .singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(1));
            assertThat(manifest.files()).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
            assertThat(manifest.changelogChecksum()).hasSize(64);
        } finally {
            jdbc.sql("DROP TABLE t_xihu.added_later").update();
        }
    }

    @Test
    void aDistrictMovedToItsOwnPostgresServerKeepsWorkingThroughTheApiAndTheCityStillCountsIt() throws IOException {
        String before = donghuProjectWithDocument("东湖区迁移前的项目");
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().start()) {
            String secondUrl = second.getJdbcUrl("postgres", "postgres");
            move("donghu", secondUrl);
            try {
                Tenant donghu = registry.find("donghu").orElseThrow();
                assertThat(donghu.databaseUrl()).isEqualTo(secondUrl);
                assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_donghu'")
                        .query(Integer.class).single()).as("no stale copy on the platform's server").isZero();

                ApiClient officer = as("dh-officer");
                assertThat(officer.get("/api/v1/projects/" + before).expect(200).get("project").get("title").asString()).isEqualTo("东湖区迁移前的项目");
                String after = officer.post("/api/v1/projects", project("东湖区迁移后的项目")).expect(201).get("id").asString();
                assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("SELECT title FROM t_donghu.project WHERE id = ?::uuid")
                        .param(after).query(String.class).single()).isEqualTo("东湖区迁移后的项目");
                // 西湖区 stays on the platform's server and sees nothing of 东湖区.
                assertThat(as("xh-officer").get("/api/v1/projects/" + after).status()).isEqualTo(404);
                // The city's supervisor still sees it among the tenants (Art. 40).
                assertThat(Logins.as(decoder, "nc-bureau", () -> administration.tree("东湖区"))).extracting(n -> n.tenant().code())
                        .contains("donghu");
                assertThat(Logins.as(decoder, "nc-bureau", () -> administration.counts().active())).isGreaterThanOrEqualTo(3);
                assertThat(registry.all()).extracting(Tenant::code).contains("donghu", "xihu", "city");
            } finally {
                move("donghu", null);
            }
        }
        assertThat(registry.find("donghu").orElseThrow().databaseUrl()).isNull();
        assertThat(as("dh-officer").get("/api/v1/projects/" + before).expect(200).get("project").get("title").asString()).isEqualTo("东湖区迁移前的项目");
    }

    /** As the operator moves a tenant: suspended, exported, imported on the other server, switched, resumed. */
    private void move(String code, String databaseUrl) throws IOException {
        new TenantMoves(archive, administration, registry, decoder, dir).move(code, databaseUrl);
    }
}

package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import cn.govit.core.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art. 38–39: every district gets the same schema. A new schema made in one go from the script Liquibase writes
 * must be the very schema Liquibase makes changeset by changeset — tables, columns, constraints, indexes, the
 * application role's grants and the changelog's own rows — and Liquibase must find nothing left to do in it.
 */
class FreshSchemaScriptTest extends CoreIntegrationTest {

    @Autowired
    TenantMigrations migrations;
    @Autowired
    DataSource dataSource;
    @Autowired
    TenantDatabases databases;
    @Value("${govit.tenancy.owner.username:}")
    String ownerUsername;
    @Value("${govit.tenancy.owner.password:}")
    String ownerPassword;
    @Value("${govit.tenancy.app-role:}")
    String appRole;

    @Test
    void aNewSchemaFromTheScriptEqualsOneMigratedChangesetByChangeset() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // An existing (empty) schema is migrated by Liquibase itself; a missing one is made from the script.
        jdbc.sql("CREATE SCHEMA t_fresh_by_liquibase").update();
        migrations.migrateTenant(tenant("fresh-by-liquibase"));
        migrations.migrateTenant(tenant("fresh-by-script"));

        assertThat(catalogue(jdbc, "t_fresh_by_script")).isNotEmpty()
                .containsExactlyElementsOf(catalogue(jdbc, "t_fresh_by_liquibase"));
        assertThat(changelog(jdbc, "t_fresh_by_script")).hasSizeGreaterThan(10)
                .containsExactlyElementsOf(changelog(jdbc, "t_fresh_by_liquibase"));
        assertThat(jdbc.sql("SELECT count(DISTINCT dateexecuted) FROM t_fresh_by_script.databasechangelog")
                .query(Integer.class).single()).as("made in one transaction").isEqualTo(1);

        migrations.migrateTenant(tenant("fresh-by-script"));
        assertThat(changelog(jdbc, "t_fresh_by_script")).as("Liquibase ran nothing more")
                .containsExactlyElementsOf(changelog(jdbc, "t_fresh_by_liquibase"));
        assertThat(jdbc.sql("SELECT count(*) FROM t_fresh_by_script.databasechangeloglock WHERE locked")
                .query(Integer.class).single()).isZero();
    }

    /** Start-up migrates new tenants side by side (issue 9): the first of them renders the script, the others wait for it. */
    @Test
    void newSchemasMigratedSideBySideBeforeAnyScriptExistsAreAllComplete() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TenantMigrations cold = new TenantMigrations(databases, 4, new TenantMigrations.Roles(ownerUsername, ownerPassword, appRole));
        List<Tenant> tenants = List.of(tenant("side-a"), tenant("side-b"), tenant("side-c"), tenant("side-d"));
        jdbc.sql("CREATE SCHEMA t_side_by_liquibase").update();
        migrations.migrateTenant(tenant("side-by-liquibase"));

        cold.migrateTenants(tenants);

        for (Tenant t : tenants) {
            assertThat(catalogue(jdbc, t.schemaName())).as(t.schemaName())
                    .containsExactlyElementsOf(catalogue(jdbc, "t_side_by_liquibase"));
            assertThat(changelog(jdbc, t.schemaName())).containsExactlyElementsOf(changelog(jdbc, "t_side_by_liquibase"));
        }
    }

    private static Tenant tenant(String code) {
        return new Tenant(code, code, code, TenantLevel.DISTRICT, TenantCode.schemaFor(code), TenantStatus.PENDING,
                OffsetDateTime.now());
    }

    /** Everything that makes up the schema, with its name taken out. */
    private static List<String> catalogue(JdbcClient jdbc, String schema) {
        return jdbc.sql("""
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                       || ' ' || coalesce(column_default, '') || ' ' || ordinal_position AS item
                FROM information_schema.columns WHERE table_schema = :schema
                UNION ALL
                SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = :schema
                UNION ALL
                SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = :schema
                UNION ALL
                SELECT 'sequence ' || sequence_name || ' ' || data_type || ' ' || increment
                FROM information_schema.sequences WHERE sequence_schema = :schema
                UNION ALL
                SELECT 'grant ' || table_name || ' ' || grantee || ' ' || privilege_type
                FROM information_schema.role_table_grants WHERE table_schema = :schema
                ORDER BY 1
                """).param("schema", schema).query(String.class).list().stream()
                .map(item -> item.replace(schema + ".", "").replace(schema, "<schema>")).toList();
    }

    private static List<String> changelog(JdbcClient jdbc, String schema) {
        return jdbc.sql("SELECT id || ' ' || author || ' ' || filename || ' ' || md5sum || ' ' || exectype || ' ' || orderexecuted"
                + " || ' ' || coalesce(description, '') FROM " + schema + ".databasechangelog ORDER BY orderexecuted")
                .query(String.class).list();
    }
}

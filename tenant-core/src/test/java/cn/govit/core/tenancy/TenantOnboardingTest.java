package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import cn.govit.core.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Schema-per-tenant onboarding and the parallel per-tenant Liquibase migrations. */
class TenantOnboardingTest extends CoreIntegrationTest {

    @Autowired
    TenantMigrations migrations;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void onboardingCreatesTheSchemaWithItsTablesAndIsIdempotent() {
        String code = "zone-" + UUID.randomUUID().toString().substring(0, 6);
        TenantRegistry.Onboarding first = registry.onboard(code, "南昌高新区", "Nanchang Hi-tech Zone", TenantLevel.DEVELOPMENT_ZONE);
        TenantRegistry.Onboarding again = registry.onboard(code, "另一个名字", "Other", TenantLevel.DISTRICT);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.tenant()).isEqualTo(first.tenant());
        assertThat(first.tenant().schemaName()).isEqualTo("t_" + code.replace('-', '_'));
        assertThat(tablesOf(first.tenant().schemaName())).contains("project", "databasechangelog");
    }

    @Test
    void manyTenantsMigrateInParallelAndEachGetsEveryChangeSet() {
        List<Tenant> tenants = IntStream.range(0, 8)
                .mapToObj(i -> registry.onboard("par-" + i + "-" + UUID.randomUUID().toString().substring(0, 4),
                        "并行" + i, "Parallel " + i, TenantLevel.COUNTY).tenant())
                .toList();

        migrations.migrateTenants(tenants);

        int changeSets = changeSetsInTenantChangelog();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (Tenant t : tenants) {
            Integer applied = jdbc.sql("SELECT count(*) FROM " + t.schemaName() + ".databasechangelog")
                    .query(Integer.class).single();
            assertThat(applied).as(t.code()).isEqualTo(changeSets);
        }
    }

    @Test
    void tenantsAtTheCurrentChangelogAreNotMigratedAgainAtStartup() {
        Tenant upToDate = registry.onboard("cur-" + UUID.randomUUID().toString().substring(0, 6), "已迁移", null,
                TenantLevel.COUNTY).tenant();
        Tenant stale = registry.onboard("old-" + UUID.randomUUID().toString().substring(0, 6), "旧版本", null,
                TenantLevel.COUNTY).tenant();
        JdbcClient.create(dataSource).sql("UPDATE platform.tenant SET schema_checksum = 'older-build' WHERE code = ?")
                .param(stale.code()).update();
        String checksum = migrations.tenantChangelogChecksum();

        assertThat(checksum).hasSize(64).isEqualTo(migrations.tenantChangelogChecksum());
        assertThat(registry.notMigratedTo(checksum)).extracting(Tenant::code)
                .contains(stale.code()).doesNotContain(upToDate.code());

        migrations.migrateTenants(registry.notMigratedTo(checksum), codes -> registry.recordMigrated(codes, checksum));

        assertThat(registry.notMigratedTo(checksum)).isEmpty();
    }

    /** Counted in the changelog files themselves, so a forgotten include or a skipped tenant shows. */
    private static int changeSetsInTenantChangelog() {
        try {
            int count = 0;
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:db/tenant/changes/*.xml")) {
                count += r.getContentAsString(StandardCharsets.UTF_8).split("<changeSet ", -1).length - 1;
            }
            assertThat(count).isGreaterThan(1);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "public", "Donghu", "1abc", "a", "has_underscore", "pg-catalog",
            "way-too-long-tenant-code-over-31-chars", "东湖"})
    void badOrReservedCodesAreRefusedAndCreateNothing(String code) {
        assertThatThrownBy(() -> registry.onboard(code, "x", "x", TenantLevel.DISTRICT))
                .isInstanceOf(InvalidTenantCodeException.class);
        assertThat(registry.find(code)).isEmpty();
    }

    private List<String> tablesOf(String schema) {
        return JdbcClient.create(dataSource)
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")
                .param(schema).query(String.class).list();
    }
}

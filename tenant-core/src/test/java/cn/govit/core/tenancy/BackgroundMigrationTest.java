package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A start with tenants behind this build's changelog: they migrate in the background while the tenants already
 * up to date are served; a tenant still migrating is told in Chinese to wait, and works once its schema is done.
 */
class BackgroundMigrationTest extends CoreIntegrationTest {

    @Autowired
    @Qualifier("tenantSchemasUpToDate")
    SmartInitializingSingleton startUp;
    @Autowired
    TenantMigrations migrations;
    @Autowired
    DataSource dataSource;

    @Test
    void upToDateTenantsAreServedWhileAnOlderOneMigratesAndItIsServedOnceDone() throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("UPDATE platform.tenant SET schema_checksum = 'an-older-build' WHERE code = 'donghu'").update();
        ApiClient donghu = as("dh-officer");
        try (Connection holder = dataSource.getConnection()) {
            // Holding Liquibase's lock of 东湖区's schema keeps its migration running for as long as the test needs.
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE t_donghu.databasechangeloglock IN ACCESS EXCLUSIVE MODE");
            }

            startUp.afterSingletonsInstantiated();

            assertThat(migrations.migrating("donghu")).isTrue();
            assertThat(as("xh-officer").get("/api/v1/projects").status()).isEqualTo(200);
            ApiClient.Response waiting = donghu.get("/api/v1/projects");
            assertThat(waiting.status()).isEqualTo(503);
            assertThat(waiting.json().get("title").asString()).isEqualTo("东湖区的数据正在升级到新版本，请稍后再试");
            holder.rollback();
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (migrations.migrating("donghu") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(migrations.migrating("donghu")).isFalse();
        assertThat(donghu.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT schema_checksum FROM platform.tenant WHERE code = 'donghu'").query(String.class).single())
                .isEqualTo(migrations.tenantChangelogChecksum());
    }
}

package cn.govit.core.tenancy;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wiring of tenancy: registry, migrations at startup, Hibernate schema-per-tenant. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    /** Pools for tenants on other servers (Art. 39), made on first use; at most {@code max-servers} kept. */
    @Bean
    TenantDatabases tenantDatabases(DataSource dataSource,
                                    @Value("${spring.datasource.username:}") String username,
                                    @Value("${spring.datasource.password:}") String password,
                                    @Value("${govit.tenancy.databases.max-servers:32}") int maxServers,
                                    @Value("${govit.tenancy.databases.pool-size:5}") int poolSize) {
        return new TenantDatabases(dataSource, username, password, maxServers, poolSize);
    }

    /**
     * Migrations as {@code govit.tenancy.owner.*} when set (else as the pool's login), granting the runtime role
     * {@code govit.tenancy.app-role} data access only: the app's pool then runs no DDL (issue 9, least privilege).
     */
    @Bean
    TenantMigrations tenantMigrations(TenantDatabases databases,
                                      @Value("${govit.tenancy.migration-threads:4}") int threads,
                                      @Value("${govit.tenancy.owner.username:}") String ownerUsername,
                                      @Value("${govit.tenancy.owner.password:}") String ownerPassword,
                                      @Value("${govit.tenancy.app-role:}") String appRole) {
        return new TenantMigrations(databases, threads, new TenantMigrations.Roles(ownerUsername, ownerPassword, appRole));
    }

    /**
     * JDBC on the platform schema, wherever the current tenant lives: the application's {@code JdbcClient}
     * (rule sets, catalogue) and the registry's and audit's (see {@link PlatformDataSource}).
     */
    @Bean
    @Primary
    JdbcClient platformJdbcClient(DataSource dataSource) {
        return JdbcClient.create(new PlatformDataSource(dataSource));
    }

    /**
     * The same for Spring's {@code JdbcTemplate}, through which Modulith's event publication registry writes
     * {@code platform.event_publication} (issue 10): in the change's transaction for a tenant on the platform's server,
     * on the platform's own connection for a tenant elsewhere.
     */
    @Bean
    JdbcTemplate platformJdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(new PlatformDataSource(dataSource));
    }

    @Bean
    TenantRegistry tenantRegistry(JdbcClient jdbc, TenantMigrations migrations) {
        return new TenantRegistry(jdbc, migrations);
    }

    @Bean
    TenantArchive tenantArchive(DataSource dataSource, TenantDatabases databases, TenantRegistry registry,
                                TenantMigrations migrations) {
        return new TenantArchive(dataSource, databases, registry, migrations);
    }

    @Bean
    PlatformAuditLog platformAuditLog(JdbcClient jdbc) {
        return new PlatformAuditLog(jdbc);
    }

    @Bean
    OnboardingLog onboardingLog(JdbcClient jdbc) {
        return new OnboardingLog(jdbc);
    }

    /**
     * Platform schema, then the tenants whose schema is not at this build's changelog (found in one
     * query by the checksum each was last migrated to), in parallel in the background: the application
     * serves the up-to-date tenants at once, the others as each is done.
     */
    @Bean
    SmartInitializingSingleton tenantSchemasUpToDate(TenantMigrations migrations, TenantRegistry registry,
                                                      @Value("${govit.tenancy.migrate-on-startup:true}") boolean enabled) {
        return () -> {
            if (enabled) {
                migrations.migratePlatform();
                String checksum = migrations.tenantChangelogChecksum();
                migrations.migrateInBackground(registry.notMigratedTo(checksum), codes -> registry.recordMigrated(codes, checksum));
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HibernatePropertiesCustomizer.class)
    static class HibernateMultiTenancy {

        @Bean
        HibernatePropertiesCustomizer schemaPerTenant(TenantDatabases databases) {
            return properties -> {
                properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                        new SchemaPerTenantConnectionProvider(databases));
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenantResolver());
            };
        }
    }
}

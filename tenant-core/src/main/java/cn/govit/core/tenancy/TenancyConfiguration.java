package cn.govit.core.tenancy;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wiring of tenancy: registry, migrations at startup, Hibernate schema-per-tenant. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    /**
     * Migrations as {@code govit.tenancy.owner.*} when set (else as the pool's login), granting the runtime role
     * {@code govit.tenancy.app-role} data access only: the app's pool then runs no DDL (issue 9, least privilege).
     */
    @Bean
    TenantMigrations tenantMigrations(DataSource dataSource,
                                      @Value("${govit.tenancy.migration-threads:4}") int threads,
                                      @Value("${govit.tenancy.owner.username:}") String ownerUsername,
                                      @Value("${govit.tenancy.owner.password:}") String ownerPassword,
                                      @Value("${govit.tenancy.app-role:}") String appRole) {
        return new TenantMigrations(dataSource, threads, new TenantMigrations.Roles(ownerUsername, ownerPassword, appRole));
    }

    @Bean
    TenantRegistry tenantRegistry(DataSource dataSource, TenantMigrations migrations) {
        return new TenantRegistry(JdbcClient.create(dataSource), migrations);
    }

    @Bean
    PlatformAuditLog platformAuditLog(DataSource dataSource) {
        return new PlatformAuditLog(JdbcClient.create(dataSource));
    }

    @Bean
    OnboardingLog onboardingLog(DataSource dataSource) {
        return new OnboardingLog(JdbcClient.create(dataSource));
    }

    /**
     * Platform schema, then the tenants whose schema is not at this build's changelog (found in one
     * query by the checksum each was last migrated to), before the application takes requests.
     */
    @Bean
    SmartInitializingSingleton tenantSchemasUpToDate(TenantMigrations migrations, TenantRegistry registry,
                                                      @Value("${govit.tenancy.migrate-on-startup:true}") boolean enabled) {
        return () -> {
            if (enabled) {
                migrations.migratePlatform();
                String checksum = migrations.tenantChangelogChecksum();
                migrations.migrateTenants(registry.notMigratedTo(checksum), codes -> registry.recordMigrated(codes, checksum));
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HibernatePropertiesCustomizer.class)
    static class HibernateMultiTenancy {

        @Bean
        HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource) {
            return properties -> {
                properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                        new SchemaPerTenantConnectionProvider(dataSource));
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenantResolver());
            };
        }
    }
}

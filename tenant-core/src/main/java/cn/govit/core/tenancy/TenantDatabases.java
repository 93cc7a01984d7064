package cn.govit.core.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The PostgreSQL server of each tenant (Art. 39, 统一开发、市县区分级部署): the platform's own, or the one the
 * registry's {@code jdbc_url} names. Pools for other servers are made on first use and kept in a bounded
 * cache keyed by that URL — servers are few, tenants many, so nothing here grows with tenants or runs at
 * start-up. The platform's credentials are used on every server: one DDL role, one development.
 */
public class TenantDatabases implements AutoCloseable {

    private final DataSource platform;
    private final String username;
    private final String password;
    private final int poolSize;
    private final Map<String, HikariDataSource> pools;

    public TenantDatabases(DataSource platform, String username, String password, int maxServers, int poolSize) {
        this.platform = platform;
        this.username = username;
        this.password = password;
        this.poolSize = poolSize;
        this.pools = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HikariDataSource> eldest) {
                if (size() > maxServers) {
                    eldest.getValue().close();
                    return true;
                }
                return false;
            }
        };
    }

    /** The pool of the tenant's server. */
    public DataSource of(Tenant tenant) {
        return of(tenant.databaseUrl());
    }

    /** The pool of the server at {@code databaseUrl}; null or blank is the platform's. */
    public synchronized DataSource of(String databaseUrl) {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            return platform;
        }
        return pools.computeIfAbsent(databaseUrl, url -> {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(poolSize);
            config.setMinimumIdle(0);
            config.setPoolName("tenant-db-" + pools.size());
            return new HikariDataSource(config);
        });
    }

    /**
     * A connection outside every pool, for Liquibase, whose session settings must die with it; as the schemas'
     * owner when one is named (the application's own login may not run DDL), else as the pool's login.
     */
    Connection openUnpooled(String databaseUrl, String ownerUsername, String ownerPassword) throws SQLException {
        boolean owner = ownerUsername != null;
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            return DriverManager.getConnection(databaseUrl, owner ? ownerUsername : username, owner ? ownerPassword : password);
        }
        if (platform instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return owner ? DriverManager.getConnection(hikari.getJdbcUrl(), ownerUsername, ownerPassword)
                    : DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return owner ? platform.getConnection(ownerUsername, ownerPassword) : platform.getConnection();
    }

    /** The reference as the registry keeps it: null for the platform's own server, however it is written. */
    public String reference(String databaseUrl) {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            return null;
        }
        String url = databaseUrl.strip();
        return platform instanceof HikariDataSource hikari && url.equals(hikari.getJdbcUrl()) ? null : url;
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}

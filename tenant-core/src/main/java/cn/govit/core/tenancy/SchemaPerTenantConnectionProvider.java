package cn.govit.core.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection whose {@code search_path} is the tenant's schema, and points
 * it at a schema that does not exist before it goes back to the pool, so a connection can never serve
 * the next borrower under the previous tenant's schema. The connection comes from the tenant's own server
 * when the registry names one (Art. 39, 市县区分级部署).
 */
class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** Deliberately absent: an unscoped query on a returned connection fails instead of reading a tenant. */
    static final String NO_TENANT_SCHEMA = "govit_no_tenant";
    static final String NO_TENANT = "__no_tenant__";

    private final transient TenantDatabases databases;

    SchemaPerTenantConnectionProvider(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return databases.of((String) null).getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        // The tenant of the thread is the one resolved from the token, with its registry row and server.
        DataSource server = TenantContext.current().filter(t -> t.code().equals(tenantIdentifier))
                .map(databases::of).orElseGet(() -> databases.of((String) null));
        Connection connection = server.getConnection();
        try {
            connection.setSchema(NO_TENANT.equals(tenantIdentifier)
                    ? NO_TENANT_SCHEMA : TenantCode.schemaFor(tenantIdentifier));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                // Hibernate has completed its transaction; anything left is not ours to keep.
                connection.rollback();
                connection.setAutoCommit(true);
            }
            connection.setSchema(NO_TENANT_SCHEMA);
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }
}

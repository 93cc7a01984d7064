package cn.govit.core.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The platform schema's JDBC (registry, rule-set versions, catalogue, audit), always on the platform's server.
 * For a tenant in the platform's database it joins the transaction's connection, as before; for a tenant on a
 * server of its own (Art. 39, 市县区分级部署) the transaction's connection is that server's, which has no platform
 * schema, so it takes a connection of the platform's pool instead — from another pool than the tenant's, so a
 * request never waits on its own pool for a second connection.
 */
class PlatformDataSource extends DelegatingDataSource {

    private final TransactionAwareDataSourceProxy inTransaction;

    PlatformDataSource(DataSource platform) {
        super(platform);
        this.inTransaction = new TransactionAwareDataSourceProxy(platform);
    }

    @Override
    public Connection getConnection() throws SQLException {
        boolean elsewhere = TenantContext.current().map(Tenant::databaseUrl).isPresent();
        return elsewhere ? obtainTargetDataSource().getConnection() : inTransaction.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}

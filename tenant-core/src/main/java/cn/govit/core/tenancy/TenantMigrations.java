package cn.govit.core.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Liquibase per schema: the {@code platform} schema first, then every tenant schema in parallel on a
 * bounded pool (startup with hundreds of tenants must not migrate them one by one).
 *
 * <p>Each tenant runs on its own non-pooled connection and is passed as a Liquibase context: Liquibase
 * caches per database and would otherwise skip tenants silently, and it leaves {@code search_path}
 * set on the connection it used, which must never reach the application's pool.
 *
 * <p>Least privilege (issue 9): migrations may connect as the schemas' owner while the application's pool logs in
 * as a role without DDL rights; each migrated schema then grants that role data access only.
 */
public class TenantMigrations {

    /**
     * Who migrates and who only uses the data.
     *
     * @param ownerUsername the login that owns the schemas and runs every migration; the pool's login when null
     * @param ownerPassword its password
     * @param appRole       the application's runtime role, granted data access (no DDL) on each migrated schema; none when null
     */
    public record Roles(String ownerUsername, String ownerPassword, String appRole) {

        public Roles {
            ownerUsername = blankToNull(ownerUsername);
            appRole = blankToNull(appRole);
            if (appRole != null && !appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain role name: " + appRole);
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    static final String PLATFORM_SCHEMA = "platform";
    private static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
    private static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";
    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private final DataSource dataSource;
    private final int threads;
    private final Roles roles;
    private volatile String tenantChecksum;

    public TenantMigrations(DataSource dataSource, int threads, Roles roles) {
        this.dataSource = dataSource;
        this.threads = Math.max(1, threads);
        this.roles = roles;
    }

    public void migratePlatform() {
        migrate(PLATFORM_SCHEMA, PLATFORM_CHANGELOG, PLATFORM_SCHEMA);
    }

    public void migrateTenant(String code, String schema) {
        migrate(schema, TENANT_CHANGELOG, code);
    }

    /** Migrates the given tenants in parallel; fails with every tenant that failed named. */
    public void migrateTenants(List<Tenant> tenants) {
        migrateTenants(tenants, codes -> { });
    }

    /**
     * Migrates the given tenants in parallel, hands the codes of those that succeeded to {@code migrated}
     * (also when others failed), then fails with every tenant that failed named.
     */
    public void migrateTenants(List<Tenant> tenants, Consumer<List<String>> migrated) {
        if (tenants.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tenants.size()),
                Thread.ofPlatform().name("tenant-migration-", 0).factory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Tenant t : tenants) {
                futures.add(pool.submit(() -> migrateTenant(t.code(), t.schemaName())));
            }
            List<String> failed = new ArrayList<>();
            List<String> succeeded = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                    succeeded.add(tenants.get(i).code());
                } catch (ExecutionException e) {
                    log.error("Migration of tenant {} failed", tenants.get(i).code(), e.getCause());
                    failed.add(tenants.get(i).code());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while migrating tenants", e);
                }
            }
            migrated.accept(succeeded);
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Migration failed for tenants " + failed);
            }
            log.info("Migrated {} tenant schemas in {} ms", tenants.size(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * SHA-256 over the tenant changelog files, in name order, and the application's role: a schema recorded with
     * this value has every changeset of this build and its grants, so start-up need not open it.
     */
    public String tenantChangelogChecksum() {
        String checksum = tenantChecksum;
        if (checksum == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/tenant/**/*.xml");
                Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
                for (Resource file : files) {
                    sha.update(String.valueOf(file.getFilename()).getBytes(StandardCharsets.UTF_8));
                    sha.update(file.getContentAsByteArray());
                }
                if (roles.appRole() != null) {
                    sha.update(("grants:" + roles.appRole()).getBytes(StandardCharsets.UTF_8));
                }
                checksum = HexFormat.of().formatHex(sha.digest());
                tenantChecksum = checksum;
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot read the tenant changelog", e);
            }
        }
        return checksum;
    }

    private void migrate(String schema, String changelog, String context) {
        try (Connection connection = openUnpooled()) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, context)
                    .execute();
            resetSession(connection);
            grantDataAccess(connection, schema);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Migration of schema " + schema + " failed: " + e.getMessage(), e);
        }
    }

    /** Data, never structure: the application's role reads and writes rows, it cannot create, alter or drop. */
    private void grantDataAccess(Connection connection, String schema) throws SQLException {
        if (roles.appRole() == null) {
            return;
        }
        String role = quote(roles.appRole());
        try (Statement s = connection.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + role);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + role);
        }
    }

    /** A connection outside the pool where possible, so Liquibase's session settings die with it; as the owner if named. */
    private Connection openUnpooled() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return roles.ownerUsername() == null
                    ? DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                    : DriverManager.getConnection(hikari.getJdbcUrl(), roles.ownerUsername(), roles.ownerPassword());
        }
        if (roles.ownerUsername() != null) {
            return dataSource.getConnection(roles.ownerUsername(), roles.ownerPassword());
        }
        return dataSource.getConnection();
    }

    /** For a pooled connection: autocommit first, or the reset is rolled back with Liquibase's transaction. */
    private static void resetSession(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("RESET search_path");
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

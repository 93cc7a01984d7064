package cn.govit.core.tenancy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
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
 * <p>A new schema's time went mostly to parsing the changelog and to waiting for the disk at each changeset's
 * commit: parsed changelogs are kept and reused, one migration at a time each (Liquibase keeps per-run state on
 * its change sets); and where the application's role is granted access afterwards, the changesets commit without
 * waiting for the disk: the grants' commit waits for everything before it, so a migration reported done is on disk.
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
    /** The stand-in for a new tenant's schema in its script; never a tenant's name (those begin with {@code t_}). */
    private static final String FRESH_SCHEMA_NAME = "govit_fresh_schema";
    private static final Pattern FRESH_SCHEMA = Pattern.compile("\\b" + FRESH_SCHEMA_NAME + "\\b");
    private static final String DUPLICATE_SCHEMA = "42P06";

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private final TenantDatabases databases;
    private final int threads;
    private final Roles roles;
    private volatile String tenantChecksum;
    private final Set<String> migrating = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<DatabaseChangeLog>> parsed = new ConcurrentHashMap<>();
    /** The tenant changelog as one script for a new schema, per server (the platform's is ""). */
    private final Map<String, String> freshScripts = new ConcurrentHashMap<>();
    /** Migrations run side by side (read); rendering a script runs alone (write). */
    private final ReadWriteLock liquibaseRuns = new ReentrantReadWriteLock();

    public TenantMigrations(TenantDatabases databases, int threads, Roles roles) {
        this.databases = databases;
        this.threads = Math.max(1, threads);
        this.roles = roles;
    }

    public void migratePlatform() {
        migrate(null, PLATFORM_SCHEMA, PLATFORM_CHANGELOG, PLATFORM_SCHEMA);
    }

    /** Migrates the tenant's schema on its own server (Art. 39: a district may run its own database). */
    public void migrateTenant(Tenant tenant) {
        migrate(tenant.databaseUrl(), tenant.schemaName(), TENANT_CHANGELOG, tenant.code());
    }

    /** Migrates the given tenants in parallel; fails with every tenant that failed named. */
    public void migrateTenants(List<Tenant> tenants) {
        migrateTenants(tenants, codes -> { });
    }

    /**
     * Migrates the given tenants in parallel, hands the code of each that succeeded to {@code migrated} as soon
     * as it is done (also when others fail), then fails with every tenant that failed named.
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
                futures.add(pool.submit(() -> {
                    migrateTenant(t);
                    migrated.accept(List.of(t.code()));
                }));
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    log.error("Migration of tenant {} failed", tenants.get(i).code(), e.getCause());
                    failed.add(tenants.get(i).code());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while migrating tenants", e);
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Migration failed for tenants " + failed);
            }
            log.info("Migrated {} tenant schemas in {} ms", tenants.size(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Migrates the given tenants on the bounded pool behind the application's back and returns at once: the
     * up-to-date tenants are served meanwhile, these are refused (see {@link #migrating}) each until its own
     * schema is done. One that fails stays refused, and logged, until a start migrates it.
     */
    public Thread migrateInBackground(List<Tenant> tenants, Consumer<List<String>> migrated) {
        tenants.forEach(t -> migrating.add(t.code()));
        return Thread.ofPlatform().name("tenant-migrations").daemon().start(() -> {
            try {
                migrateTenants(tenants, codes -> {
                    migrated.accept(codes);
                    migrating.removeAll(codes);
                });
            } catch (RuntimeException e) {
                log.error("Tenants left unmigrated, their users are refused until the next start", e);
            }
        });
    }

    /** Whether the tenant's schema is still being brought to this build's changelog. */
    public boolean migrating(String code) {
        return migrating.contains(code);
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

    private void migrate(String databaseUrl, String schema, String changelog, String context) {
        try (Connection connection = databases.openUnpooled(databaseUrl, roles.ownerUsername(), roles.ownerPassword())) {
            if (TENANT_CHANGELOG.equals(changelog) && createdFromScript(connection, databaseUrl, schema)) {
                grantDataAccess(connection, schema);
                return;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
                if (roles.appRole() != null) {
                    s.execute("SET synchronous_commit = off");
                }
            }
            Database database = database(connection, schema);
            Queue<DatabaseChangeLog> idle = parsed.computeIfAbsent(changelog, c -> new ConcurrentLinkedQueue<>());
            liquibaseRuns.readLock().lock();
            try {
                DatabaseChangeLog log = idle.poll();
                if (log == null) {
                    log = parse(changelog, database);
                }
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, log)
                        .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, context)
                        .execute();
                // Only after a clean run: a failed one may have left its state on the change sets.
                idle.offer(log);
            } finally {
                liquibaseRuns.readLock().unlock();
            }
            resetSession(connection);
            grantDataAccess(connection, schema);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Migration of schema " + schema + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A schema that does not exist yet is created with the whole tenant changelog in one transaction and one round
     * trip: the SQL Liquibase itself writes for it ({@code update-sql}), its changelog table rows included, rendered
     * once per server for a stand-in schema name. Liquibase's own run spent most of a new district's onboarding
     * preparing and checking one changeset after another. Returns false, having changed nothing, when the schema
     * exists already (a resumed onboarding, an import): Liquibase then brings it up to date as always.
     */
    private boolean createdFromScript(Connection connection, String databaseUrl, String schema) throws SQLException, LiquibaseException {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            return false;
        }
        String script = freshSchemaScript(databaseUrl);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            if (roles.appRole() != null) {
                s.execute("SET LOCAL synchronous_commit = off");
            }
            try {
                s.execute("CREATE SCHEMA " + quote(schema));
            } catch (SQLException e) {
                if (!DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback();
                return false;
            }
            // As Liquibase's own run: the changesets' plain SQL names tables without their schema.
            s.execute("SET LOCAL search_path TO " + quote(schema));
            s.execute(FRESH_SCHEMA.matcher(script).replaceAll(schema));
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String freshSchemaScript(String databaseUrl) throws SQLException, LiquibaseException {
        String server = databaseUrl == null ? "" : databaseUrl;
        String script = freshScripts.get(server);
        if (script != null) {
            return script;
        }
        // Liquibase's SQL-writing executor is process-wide state: migrations running beside a rendering were seen
        // running its changesets for real against the stand-in schema. It renders alone, once per server.
        liquibaseRuns.writeLock().lock();
        try {
            script = freshScripts.get(server);
            if (script != null) {
                return script;
            }
            // Rendered against the real server, so Liquibase writes that server's SQL; the stand-in schema is not created.
            try (Connection connection = databases.openUnpooled(databaseUrl, roles.ownerUsername(), roles.ownerPassword())) {
                Database database = database(connection, FRESH_SCHEMA_NAME);
                ByteArrayOutputStream sql = new ByteArrayOutputStream();
                new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, TENANT_CHANGELOG)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, parseWithoutHistory(TENANT_CHANGELOG, database))
                        .addArgumentValue(UpdateSqlCommandStep.CONTEXTS_ARG, FRESH_SCHEMA_NAME)
                        .setOutput(sql)
                        .execute();
                script = sql.toString(StandardCharsets.UTF_8);
            }
            freshScripts.put(server, script);
            return script;
        } finally {
            liquibaseRuns.writeLock().unlock();
        }
    }

    private static Database database(Connection connection, String schema) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        return database;
    }

    private static DatabaseChangeLog parse(String changelog, Database database) throws LiquibaseException {
        try {
            return DatabaseChangelogCommandStep.getDatabaseChangeLog(changelog, new ChangeLogParameters(database), database);
        } catch (LiquibaseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the changelog " + changelog + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parsed outside a database's scope: within one, Liquibase creates its changelog table while it reads the includes,
     * which for the stand-in schema would fail (and for a real one is not what rendering should do).
     */
    private static DatabaseChangeLog parseWithoutHistory(String changelog, Database database) throws LiquibaseException {
        ResourceAccessor files = Scope.getCurrentScope().getResourceAccessor();
        return ChangeLogParserFactory.getInstance().getParser(changelog, files)
                .parse(changelog, new ChangeLogParameters(database), files);
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

    /**
     * For a pooled connection: autocommit first, or the reset is rolled back with Liquibase's transaction; and
     * commits that wait for the disk again before the grants.
     */
    private static void resetSession(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("RESET search_path");
            s.execute("RESET synchronous_commit");
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

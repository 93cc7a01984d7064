package cn.govit.core.tenancy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 租户数据归档 — a tenant as one zip: every table of its schema (PostgreSQL binary COPY, so a table added by a
 * later changeset is in it without code), its rule-set versions from the platform schema, and a manifest
 * with the tenant's registry facts, the changelog checksum and the SHA-256 of every file. Written and read
 * as streams: a tenant with gigabytes of documents never sits in memory. Importing verifies every
 * checksum before it creates anything, and leaves nothing behind when it fails (Art. 39: a district's
 * data moves between the city's and its own server whole or not at all).
 */
public class TenantArchive {

    public static final String MANIFEST = "manifest.json";
    static final int FORMAT = 1;
    private static final String TABLES = "tables/";
    private static final String RULE_SET_VERSIONS = "platform/rule_set_version.bin";
    private static final List<String> RULE_SET_COLUMNS =
            List.of("version", "effective_from", "overrides", "note", "created_by", "created_at");
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the archive says of itself; {@code files} lists every other file of the zip. */
    public record Manifest(int format, String code, String nameZh, String nameEn, String shortName, TenantLevel level,
                           String parentCode, String divisionCode, String changelogChecksum, OffsetDateTime createdAt,
                           OffsetDateTime exportedAt, List<FileEntry> files) {

        /** The tables of the tenant schema the archive holds, in load order. */
        public List<String> tables() {
            return files.stream().filter(f -> f.name().startsWith(TABLES)).map(FileEntry::table).toList();
        }
    }

    /** One file of the archive: a table's rows (or the rule-set versions), with their count and checksum. */
    public record FileEntry(String name, String table, List<String> columns, long rows, long bytes, String sha256) {
    }

    /** The archive as written: its own SHA-256 and size, and its manifest. */
    public record Written(String sha256, long bytes, Manifest manifest) {
    }

    private final DataSource platform;
    private final TenantDatabases databases;
    private final TenantRegistry registry;
    private final TenantMigrations migrations;

    public TenantArchive(DataSource platform, TenantDatabases databases, TenantRegistry registry,
                         TenantMigrations migrations) {
        this.platform = platform;
        this.databases = databases;
        this.registry = registry;
        this.migrations = migrations;
    }

    /**
     * Writes the tenant to {@code out}, left open: a caller that records the export does so before the reader
     * sees the end of the archive. The tables are read in one repeatable-read
     * transaction, so the archive is one moment of the tenant even while its users work.
     */
    public Written export(Tenant tenant, OutputStream out) throws IOException {
        Measured whole = new Measured(out);
        List<FileEntry> files = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(whole)) {
            try (Connection c = databases.of(tenant).getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                try {
                    for (String table : tablesInLoadOrder(c, tenant.schemaName())) {
                        List<String> columns = columns(c, tenant.schemaName(), table);
                        files.add(write(zip, TABLES + table + ".bin", table, columns, c, "COPY "
                                + qualified(tenant.schemaName(), table) + " (" + list(columns) + ") TO STDOUT (FORMAT binary)"));
                    }
                } finally {
                    c.rollback();
                    c.setReadOnly(false);
                    c.setAutoCommit(true);
                }
            }
            try (Connection c = platform.getConnection()) {
                // The code is validated (a-z, 0-9, -): safe inside the COPY, which takes no parameters.
                files.add(write(zip, RULE_SET_VERSIONS, null, RULE_SET_COLUMNS, c, "COPY (SELECT " + list(RULE_SET_COLUMNS)
                        + " FROM platform.rule_set_version WHERE tenant_code = '" + TenantCode.validate(tenant.code())
                        + "' ORDER BY version) TO STDOUT (FORMAT binary)"));
            }
            Manifest manifest = new Manifest(FORMAT, tenant.code(), tenant.nameZh(), tenant.nameEn(), tenant.shortName(),
                    tenant.level(), tenant.parentCode(), tenant.divisionCode(), migrations.tenantChangelogChecksum(),
                    tenant.createdAt(), OffsetDateTime.now(), List.copyOf(files));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            JSON.writerWithDefaultPrettyPrinter().writeValue(new Measured(zip), manifest);
            zip.closeEntry();
            zip.finish();
            return new Written(whole.sha256(), whole.count, manifest);
        } catch (SQLException e) {
            throw new IllegalStateException("Export of tenant " + tenant.code() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the manifest and checks every file against it: each listed file present with its SHA-256, no
     * file that is not listed. Refuses with the first file that fails; creates nothing.
     */
    public Manifest verify(Path archive) {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = manifest(zip);
            Set<String> listed = manifest.files().stream().map(FileEntry::name).collect(Collectors.toSet());
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (!name.equals(MANIFEST) && !listed.contains(name)) {
                    throw new TenantArchiveException(TenantArchiveException.Reason.FILE_UNLISTED, name);
                }
            }
            for (FileEntry f : manifest.files()) {
                ZipEntry entry = zip.getEntry(f.name());
                if (entry == null) {
                    throw new TenantArchiveException(TenantArchiveException.Reason.FILE_MISSING, f.name());
                }
                if (!f.sha256().equals(sha256(zip, entry))) {
                    throw new TenantArchiveException(TenantArchiveException.Reason.CHECKSUM_MISMATCH, f.name());
                }
            }
            if (!manifest.changelogChecksum().equals(migrations.tenantChangelogChecksum())) {
                throw new TenantArchiveException(TenantArchiveException.Reason.CHANGELOG_MISMATCH, MANIFEST);
            }
            return manifest;
        } catch (IOException e) {
            throw new TenantArchiveException(TenantArchiveException.Reason.NOT_AN_ARCHIVE, null, e);
        }
    }

    /**
     * Imports a verified archive as the new tenant {@code code} on the server {@code databaseUrl} (null = the
     * platform's): registry row, schema at this build's changelog, the rows, the rule-set versions, active.
     * Nothing of it is left when a step fails.
     */
    public Tenant importAsNew(Path archive, Manifest manifest, String code, String databaseUrl) {
        boolean sameCode = code.equals(manifest.code());
        String parent = manifest.parentCode() != null && registry.find(manifest.parentCode()).isPresent()
                ? manifest.parentCode() : null;
        // A copy under another code is not the same 行政区划: the division code stays with the original.
        registry.register(new TenantRegistration(code, manifest.nameZh(), manifest.nameEn(), manifest.shortName(),
                manifest.level(), parent, sameCode ? manifest.divisionCode() : null));
        registry.placePending(code, databaseUrl);
        Tenant placed = registry.find(code).orElseThrow();
        try {
            load(archive, manifest, placed);
        } catch (RuntimeException e) {
            registry.removePending(code);
            throw e;
        }
        try {
            try (Connection c = platform.getConnection()) {
                inOneTransaction(c, () -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TEMP TABLE imported_rule_set_version ON COMMIT DROP AS SELECT "
                                + list(RULE_SET_COLUMNS) + " FROM platform.rule_set_version WITH NO DATA");
                    }
                    copyIn(c, archive, RULE_SET_VERSIONS, "COPY imported_rule_set_version (" + list(RULE_SET_COLUMNS)
                            + ") FROM STDIN (FORMAT binary)");
                    update(c, "INSERT INTO platform.rule_set_version (tenant_code, " + list(RULE_SET_COLUMNS) + ") SELECT ?, "
                            + list(RULE_SET_COLUMNS) + " FROM imported_rule_set_version", code);
                    update(c, "UPDATE platform.tenant SET status = 'ACTIVE', schema_checksum = ? WHERE code = ?",
                            migrations.tenantChangelogChecksum(), code);
                });
            }
            return registry.find(code).orElseThrow();
        } catch (RuntimeException | SQLException e) {
            dropSchema(placed);
            registry.removePending(code);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Loads a verified archive of {@code tenant} into a new schema on {@code databaseUrl}, the first half of a
     * move between servers (Art. 39); the registry still sends the tenant's requests to its current server.
     */
    public void importCopy(Path archive, Manifest manifest, Tenant tenant, String databaseUrl) {
        load(archive, manifest, withServer(tenant, databaseUrl));
    }

    /**
     * The second half of a move: refuses unless the copy on {@code databaseUrl} holds as many rows in every
     * table as the schema it replaces, then sends the tenant's requests there and drops the old schema, so no
     * stale copy can be read.
     */
    public Tenant switchServer(Tenant tenant, String databaseUrl) {
        Tenant target = withServer(tenant, databaseUrl);
        if (!schemaExists(target)) {
            throw new TenantArchiveException(TenantArchiveException.Reason.NOT_ON_SERVER, tenant.schemaName());
        }
        Map<String, Long> here = rowCounts(tenant);
        Map<String, Long> there = rowCounts(target);
        for (Map.Entry<String, Long> table : here.entrySet()) {
            if (!table.getValue().equals(there.get(table.getKey()))) {
                throw new TenantArchiveException(TenantArchiveException.Reason.COPY_DIFFERS, table.getKey());
            }
        }
        registry.relocate(tenant.code(), target.databaseUrl());
        dropSchema(tenant);
        return registry.find(tenant.code()).orElseThrow();
    }

    /** The tenant's schema and everything in it, on its server, in a transaction of its own. */
    public void dropSchema(Tenant tenant) {
        try (Connection c = databases.of(tenant).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + TenantMigrations.quote(tenant.schemaName()) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop schema " + tenant.schemaName() + ": " + e.getMessage(), e);
        }
    }

    /** Every table of the tenant's schema, as information_schema lists them, Liquibase's own left out. */
    public List<String> tables(Tenant tenant) {
        try (Connection c = databases.of(tenant).getConnection()) {
            return List.copyOf(new TreeSet<>(tablesInLoadOrder(c, tenant.schemaName())));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Whether the server answers; a typo in a database reference is refused before anything is made. */
    public void requireReachable(String databaseUrl) {
        try (Connection c = databases.of(databaseUrl).getConnection()) {
            c.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw new TenantArchiveException(TenantArchiveException.Reason.SERVER_UNREACHABLE, null, e);
        }
    }

    private void load(Path archive, Manifest manifest, Tenant placed) {
        if (schemaExists(placed)) {
            throw new TenantArchiveException(TenantArchiveException.Reason.SCHEMA_EXISTS, placed.schemaName());
        }
        try {
            migrations.migrateTenant(placed);
            try (Connection c = databases.of(placed).getConnection()) {
                inOneTransaction(c, () -> {
                    List<String> present = tablesInLoadOrder(c, placed.schemaName());
                    if (!present.isEmpty()) {
                        // Rows a changeset seeded are in the archive as the tenant had them.
                        try (Statement s = c.createStatement()) {
                            s.execute("TRUNCATE " + present.stream().map(t -> qualified(placed.schemaName(), t))
                                    .collect(Collectors.joining(", ")));
                        }
                    }
                    for (FileEntry f : manifest.files()) {
                        if (f.table() != null) {
                            copyIn(c, archive, f.name(), "COPY " + qualified(placed.schemaName(), f.table())
                                    + " (" + list(f.columns()) + ") FROM STDIN (FORMAT binary)");
                        }
                    }
                    resetSequences(c, placed.schemaName());
                });
            }
        } catch (RuntimeException | SQLException e) {
            dropSchema(placed);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private boolean schemaExists(Tenant tenant) {
        try (Connection c = databases.of(tenant).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            s.setString(1, tenant.schemaName());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new TenantArchiveException(TenantArchiveException.Reason.SERVER_UNREACHABLE, null, e);
        }
    }

    private Map<String, Long> rowCounts(Tenant tenant) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = databases.of(tenant).getConnection(); Statement s = c.createStatement()) {
            for (String table : tablesInLoadOrder(c, tenant.schemaName())) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + qualified(tenant.schemaName(), table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Tenant withServer(Tenant t, String databaseUrl) {
        return new Tenant(t.code(), t.nameZh(), t.nameEn(), t.level(), t.schemaName(), t.status(), t.createdAt(),
                t.shortName(), t.parentCode(), t.divisionCode(), databaseUrl);
    }

    /** Parent tables before the tables that refer to them, so every COPY finds the rows it refers to. */
    private static List<String> tablesInLoadOrder(Connection c, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!LIQUIBASE_TABLES.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE k.contype = 'f' AND n.nspname = ? AND k.conrelid <> k.confrelid""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    parents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < tables.size()) {
            String next = tables.stream().filter(t -> !placed.contains(t))
                    .filter(t -> parents.getOrDefault(t, Set.of()).stream().allMatch(p -> placed.contains(p) || !tables.contains(p)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys of schema " + schema + " form a cycle"));
            placed.add(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Identity and serial columns continue after the imported rows, not at 1. */
    private static void resetSequences(Connection c, String schema) throws SQLException {
        Map<String, String> sequences = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT table_name, column_name,
                       pg_get_serial_sequence(quote_ident(table_schema) || '.' || quote_ident(table_name), column_name)
                FROM information_schema.columns WHERE table_schema = ?""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) != null) {
                        sequences.put(qualified(schema, rs.getString(1)) + "|" + TenantMigrations.quote(rs.getString(2)),
                                rs.getString(3));
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> e : sequences.entrySet()) {
                String[] tableColumn = e.getKey().split("\\|");
                s.execute("SELECT setval('" + e.getValue().replace("'", "''") + "', COALESCE((SELECT max(" + tableColumn[1]
                        + ") FROM " + tableColumn[0] + "), 0) + 1, false)");
            }
        }
    }

    private static FileEntry write(ZipOutputStream zip, String name, String table, List<String> columns, Connection c,
                                   String copySql) throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(name));
        Measured entry = new Measured(zip);
        long rows = copyApi(c).copyOut(copySql, entry);
        zip.closeEntry();
        return new FileEntry(name, table, List.copyOf(columns), rows, entry.count, entry.sha256());
    }

    private static void copyIn(Connection c, Path archive, String name, String copySql) throws SQLException {
        try (ZipFile zip = open(archive); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            copyApi(c).copyIn(copySql, in);
        } catch (IOException e) {
            throw new TenantArchiveException(TenantArchiveException.Reason.NOT_AN_ARCHIVE, name, e);
        }
    }

    private static CopyManager copyApi(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new TenantArchiveException(TenantArchiveException.Reason.MANIFEST_MISSING, MANIFEST);
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, Manifest.class);
        } catch (JacksonException e) {
            throw new TenantArchiveException(TenantArchiveException.Reason.MANIFEST_UNREADABLE, MANIFEST, e);
        }
        // Table and column names go into COPY statements: only plain identifiers are taken.
        boolean wellFormed = manifest.format() == FORMAT && manifest.code() != null && manifest.files() != null
                && manifest.changelogChecksum() != null && manifest.level() != null && manifest.nameZh() != null
                && manifest.files().stream().allMatch(f -> f.name() != null && f.sha256() != null && f.columns() != null
                && f.columns().stream().allMatch(col -> col != null && IDENTIFIER.matcher(col).matches())
                && (f.table() == null ? f.name().equals(RULE_SET_VERSIONS)
                : IDENTIFIER.matcher(f.table()).matches() && f.name().equals(TABLES + f.table() + ".bin")));
        if (!wellFormed) {
            throw new TenantArchiveException(TenantArchiveException.Reason.MANIFEST_UNREADABLE, MANIFEST);
        }
        return manifest;
    }

    private static String sha256(ZipFile zip, ZipEntry entry) {
        MessageDigest sha = sha256();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            // A damaged entry is a file that does not match its checksum.
            return "";
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static ZipFile open(Path archive) throws IOException {
        return new ZipFile(archive.toFile());
    }

    private static void inOneTransaction(Connection c, SqlWork work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static String qualified(String schema, String table) {
        return TenantMigrations.quote(schema) + "." + TenantMigrations.quote(table);
    }

    private static String list(List<String> columns) {
        return columns.stream().map(TenantMigrations::quote).collect(Collectors.joining(", "));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Counts and digests what passes through; never closes the stream below. */
    private static final class Measured extends FilterOutputStream {
        private final MessageDigest sha = TenantArchive.sha256();
        private long count;

        Measured(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String sha256() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}

package cn.govit.core.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.govit.core.shared.BusinessTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 租户登记簿 — the registry of tenants in the {@code platform} schema: kinds and hierarchy, status, and the
 * schema of each tenant. The only place that knows schema names.
 */
public class TenantRegistry {

    private static final String COLUMNS =
            "code, name_zh, name_en, level, schema_name, status, created_at, short_name, parent_code, division_code, jdbc_url";

    private final JdbcClient jdbc;
    private final TenantMigrations migrations;

    public TenantRegistry(JdbcClient jdbc, TenantMigrations migrations) {
        this.jdbc = jdbc;
        this.migrations = migrations;
    }

    public Optional<Tenant> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE code = ?")
                .param(code).query(TenantRegistry::map).optional();
    }

    public List<Tenant> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY created_at, code")
                .query(TenantRegistry::map).list();
    }

    /**
     * Records the tenant as {@link TenantStatus#PENDING}, or returns it as it is when already registered.
     * Refuses a parent that is not registered and a 行政区划代码 that is not six digits, lies outside the
     * parent's, or belongs to another tenant.
     */
    public Tenant register(TenantRegistration r) {
        String code = TenantCode.validate(r.code());
        Optional<Tenant> existing = find(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        Tenant parent = r.parentCode() == null ? null : find(r.parentCode()).orElseThrow(() ->
                new InvalidTenantException(InvalidTenantException.Reason.PARENT_UNKNOWN, "parentCode", r.parentCode()));
        DivisionCode.Problem problem = DivisionCode.check(r.divisionCode(), parent == null ? null : parent.divisionCode());
        if (problem != null) {
            throw new InvalidTenantException(problem == DivisionCode.Problem.FORMAT
                    ? InvalidTenantException.Reason.DIVISION_FORMAT
                    : InvalidTenantException.Reason.DIVISION_OUTSIDE_PARENT, "divisionCode", r.divisionCode());
        }
        try {
            jdbc.sql("""
                            INSERT INTO platform.tenant (code, name_zh, name_en, level, schema_name, status, created_at,
                                                         short_name, parent_code, division_code)
                            VALUES (?, ?, ?, ?, ?, 'PENDING', now(), ?, ?, ?)
                            ON CONFLICT (code) DO NOTHING""")
                    .params(code, r.nameZh(), r.nameEn(), r.level().name(), TenantCode.schemaFor(code),
                            blankToNull(r.shortName()), r.parentCode(), r.divisionCode())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidTenantException(InvalidTenantException.Reason.DIVISION_TAKEN, "divisionCode", r.divisionCode());
        }
        return find(code).orElseThrow();
    }

    /**
     * The first administrator the tenant was onboarded with; empty for a tenant made otherwise (tests, tools,
     * an imported archive) before one was recorded.
     */
    public Optional<String> firstAdmin(String code) {
        List<String> admins = jdbc.sql("SELECT first_admin FROM platform.tenant WHERE code = ?").param(code)
                .query((rs, i) -> rs.getString(1)).list();
        return admins.isEmpty() ? Optional.empty() : Optional.ofNullable(admins.getFirst());
    }

    /** Records the first administrator unless one is recorded already; false when it was. */
    public boolean recordFirstAdmin(String code, String username) {
        return jdbc.sql("UPDATE platform.tenant SET first_admin = ? WHERE code = ? AND first_admin IS NULL")
                .params(username, code).update() == 1;
    }

    /** Creates the tenant's schema if missing and brings it to the current changelog. */
    public void migrate(String code) {
        Tenant tenant = find(code).orElseThrow();
        migrations.migrateTenant(tenant);
        recordMigrated(List.of(code), migrations.tenantChangelogChecksum());
    }

    /** PENDING → ACTIVE; a tenant already active or suspended keeps its status. */
    public Tenant activate(String code) {
        jdbc.sql("UPDATE platform.tenant SET status = 'ACTIVE' WHERE code = ? AND status = 'PENDING'").param(code).update();
        return find(code).orElseThrow();
    }

    /** Moves the tenant from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean changeStatus(String code, TenantStatus from, TenantStatus to) {
        return jdbc.sql("UPDATE platform.tenant SET status = ? WHERE code = ? AND status = ?")
                .params(to.name(), code, from.name()).update() == 1;
    }

    /** New official or short name; the names it replaces stay in the history. */
    public Tenant rename(String code, String nameZh, String shortName, String actor) {
        Tenant before = find(code).orElseThrow();
        jdbc.sql("""
                        INSERT INTO platform.tenant_name_history (tenant_code, name_zh, short_name, replaced_at, replaced_by)
                        VALUES (?, ?, ?, now(), ?)""")
                .params(code, before.nameZh(), before.shortName(), actor).update();
        jdbc.sql("UPDATE platform.tenant SET name_zh = ?, short_name = ? WHERE code = ?")
                .params(nameZh, blankToNull(shortName), code).update();
        return find(code).orElseThrow();
    }

    /** Names the tenant had before, most recent first. */
    public List<String> formerNames(String code) {
        return jdbc.sql("SELECT name_zh FROM platform.tenant_name_history WHERE tenant_code = ? ORDER BY id DESC")
                .param(code).query(String.class).list();
    }

    /** The pending registration removed, as a cancelled onboarding leaves nothing; false for a live tenant. */
    public boolean removePending(String code) {
        return jdbc.sql("DELETE FROM platform.tenant WHERE code = ? AND status = 'PENDING'").param(code).update() == 1;
    }

    /**
     * Tenants (not pending) whose schema was last migrated to another changelog than {@code checksum}: one
     * query, so a start with thousands of up-to-date tenants does no work per tenant.
     */
    public List<Tenant> notMigratedTo(String checksum) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE status IN ('ACTIVE', 'SUSPENDED')"
                        + " AND schema_checksum IS DISTINCT FROM ? ORDER BY created_at, code")
                .param(checksum).query(TenantRegistry::map).list();
    }

    void recordMigrated(List<String> codes, String checksum) {
        if (!codes.isEmpty()) {
            jdbc.sql("UPDATE platform.tenant SET schema_checksum = ? WHERE code = ANY (?)")
                    .params(checksum, codes.toArray(String[]::new)).update();
        }
    }

    /**
     * Creates, migrates and activates the tenant in one go (tests and tools; provisioning records each
     * step). Idempotent: a tenant already registered is returned as it is, with {@code created = false}.
     */
    public Onboarding onboard(String code, String nameZh, String nameEn, TenantLevel level) {
        Optional<Tenant> existing = find(TenantCode.validate(code));
        if (existing.isPresent() && existing.get().status() != TenantStatus.PENDING) {
            return new Onboarding(existing.get(), false);
        }
        register(TenantRegistration.of(code, nameZh, nameEn, level));
        migrate(code);
        return new Onboarding(activate(code), true);
    }

    /** A pending tenant's server (Art. 39): set before its schema is made, so the schema is made there. */
    void placePending(String code, String databaseUrl) {
        jdbc.sql("UPDATE platform.tenant SET jdbc_url = ? WHERE code = ? AND status = 'PENDING'")
                .params(databaseUrl, code).update();
    }

    /** The tenant now lives on {@code databaseUrl} (null = the platform's database); its requests go there. */
    void relocate(String code, String databaseUrl) {
        jdbc.sql("UPDATE platform.tenant SET jdbc_url = ? WHERE code = ?").params(databaseUrl, code).update();
    }

    /**
     * 已注销: the row stays as the tombstone, with who, when and the archive kept, so the code is not reused. The
     * 行政区划代码 passes on: a retired district's successor (湾里区 → 湾里管理局) or its imported archive takes it.
     */
    public boolean tombstone(String code, String actor, String archiveSha256) {
        return jdbc.sql("""
                        UPDATE platform.tenant SET status = 'OFFBOARDED', offboarded_at = now(), offboarded_by = ?,
                               archive_sha256 = ?, division_code = NULL WHERE code = ? AND status = 'SUSPENDED'""")
                .params(actor, archiveSha256, code).update() == 1;
    }

    /** Who offboarded the tenant, when, after which archive; empty unless offboarded. */
    public Optional<Tombstone> tombstoneOf(String code) {
        return jdbc.sql("""
                        SELECT offboarded_at, offboarded_by, archive_sha256 FROM platform.tenant
                        WHERE code = ? AND status = 'OFFBOARDED'""")
                .param(code)
                .query((rs, i) -> new Tombstone(BusinessTime.inBeijing(rs.getObject(1, OffsetDateTime.class)),
                        rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** What is left of an offboarded tenant besides its registry row. */
    public record Tombstone(OffsetDateTime offboardedAt, String offboardedBy, String archiveSha256) {
    }

    /** 导出记录: an archive of the tenant as it was written, and whether someone verified a copy of it since. */
    public record Export(long id, String sha256, long sizeBytes, TenantStatus tenantStatus, OffsetDateTime exportedAt,
                         String exportedBy, OffsetDateTime verifiedAt, String verifiedBy) {

        public boolean verified() {
            return verifiedAt != null;
        }
    }

    public Export recordExport(String code, String sha256, long sizeBytes, TenantStatus status, String actor) {
        long id = jdbc.sql("""
                        INSERT INTO platform.tenant_export (tenant_code, sha256, size_bytes, tenant_status, exported_at,
                                                            exported_by)
                        VALUES (?, ?, ?, ?, now(), ?) RETURNING id""")
                .params(code, sha256, sizeBytes, status.name(), actor).query(Long.class).single();
        return exports(code).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The tenant's exports, newest first. */
    public List<Export> exports(String code) {
        return jdbc.sql("""
                        SELECT id, sha256, size_bytes, tenant_status, exported_at, exported_by, verified_at, verified_by
                        FROM platform.tenant_export WHERE tenant_code = ? ORDER BY id DESC""")
                .param(code)
                .query((rs, i) -> new Export(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        TenantStatus.valueOf(rs.getString(4)), BusinessTime.inBeijing(rs.getObject(5, OffsetDateTime.class)),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class) == null ? null
                                : BusinessTime.inBeijing(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)))
                .list();
    }

    /** Marks the tenant's export with this SHA-256 verified; empty when no export of it has that checksum. */
    public Optional<Export> markVerified(String code, String sha256, String actor) {
        int updated = jdbc.sql("""
                        UPDATE platform.tenant_export SET verified_at = now(), verified_by = ?
                        WHERE tenant_code = ? AND sha256 = ? AND verified_at IS NULL""")
                .params(actor, code, sha256).update();
        return exports(code).stream().filter(e -> e.sha256().equals(sha256) && (updated > 0 || e.verified())).findFirst();
    }

    /** Result of {@link #onboard}. */
    public record Onboarding(Tenant tenant, boolean created) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                TenantLevel.valueOf(rs.getString("level")), rs.getString("schema_name"),
                TenantStatus.valueOf(rs.getString("status")),
                BusinessTime.inBeijing(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("short_name"), rs.getString("parent_code"), rs.getString("division_code"),
                rs.getString("jdbc_url"));
    }
}

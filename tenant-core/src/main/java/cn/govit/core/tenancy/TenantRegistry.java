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
            "code, name_zh, name_en, level, schema_name, status, created_at, short_name, parent_code, division_code";

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

    /** Creates the tenant's schema if missing and brings it to the current changelog. */
    public void migrate(String code) {
        Tenant tenant = find(code).orElseThrow();
        migrations.migrateTenant(tenant.code(), tenant.schemaName());
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE status <> 'PENDING'"
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
                rs.getString("short_name"), rs.getString("parent_code"), rs.getString("division_code"));
    }
}

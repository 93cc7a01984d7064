package cn.govit.core.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.govit.core.shared.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 租户登记簿 — the registry of tenants in the {@code platform} schema, and onboarding of a new tenant's
 * schema. The only place that knows schema names.
 */
public class TenantRegistry {

    private static final String COLUMNS = "code, name_zh, name_en, level, schema_name, status, created_at";

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
     * Creates the tenant's schema, migrates it and records it. Idempotent: a tenant already registered
     * is returned as it is, with {@code created = false}.
     */
    public Onboarding onboard(String code, String nameZh, String nameEn, TenantLevel level) {
        String schema = TenantCode.schemaFor(code);
        Optional<Tenant> existing = find(code);
        if (existing.isPresent()) {
            return new Onboarding(existing.get(), false);
        }
        migrations.migrateTenant(code, schema);
        int inserted = jdbc.sql("""
                        INSERT INTO platform.tenant (code, name_zh, name_en, level, schema_name, status, created_at)
                        VALUES (?, ?, ?, ?, ?, 'ACTIVE', now())
                        ON CONFLICT (code) DO NOTHING""")
                .params(code, nameZh, nameEn, level.name(), schema)
                .update();
        return new Onboarding(find(code).orElseThrow(), inserted == 1);
    }

    /** Result of {@link #onboard}. */
    public record Onboarding(Tenant tenant, boolean created) {
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                TenantLevel.valueOf(rs.getString("level")), rs.getString("schema_name"),
                TenantStatus.valueOf(rs.getString("status")), BusinessTime.inBeijing(rs.getObject("created_at", OffsetDateTime.class)));
    }
}

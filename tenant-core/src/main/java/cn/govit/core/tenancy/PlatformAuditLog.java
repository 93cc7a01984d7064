package cn.govit.core.tenancy;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** 平台操作审计 — who did what to which tenant, kept in the platform schema. */
public class PlatformAuditLog {

    /** One recorded operation. */
    public record Entry(OffsetDateTime occurredAt, String actor, String action, String tenantCode, String detail) {
    }

    private final JdbcClient jdbc;

    public PlatformAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String tenantCode, String detail) {
        jdbc.sql("""
                        INSERT INTO platform.audit_event (occurred_at, actor, action, tenant_code, detail)
                        VALUES (now(), ?, ?, ?, ?)""")
                .params(actor, action, tenantCode, detail).update();
    }

    /** The most recent entries, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, action, tenant_code, detail FROM platform.audit_event
                        ORDER BY id DESC LIMIT ?""")
                .param(limit)
                .query((rs, i) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<Entry> forTenant(String tenantCode) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, action, tenant_code, detail FROM platform.audit_event
                        WHERE tenant_code = ? ORDER BY id""")
                .param(tenantCode)
                .query((rs, i) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}

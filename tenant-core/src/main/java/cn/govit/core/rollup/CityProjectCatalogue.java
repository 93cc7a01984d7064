package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 全市项目目录 — every district's projects in one catalogue for the city (Art. 39: 市县区分级部署, one interface at
 * every level), read from the platform's read model, never from the tenant schemas: paged by a stable order and
 * streamed a chunk at a time for the exports, whatever the number of districts. City supervisors only (Art. 40).
 */
@Service
public class CityProjectCatalogue {

    public static final int MAX_PAGE_SIZE = 500;
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final PlatformAuditLog audit;

    CityProjectCatalogue(JdbcClient jdbc, PlatformAuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One project of the city's catalogue, with its district; amounts in 元. */
    public record Entry(String tenant, String tenantName, UUID id, String title, String ownerUnit, ProjectKind kind,
                        ProjectStatus status, Library library, Integer planYear, BigDecimal totalInvestment,
                        BigDecimal approvedInvestment, OffsetDateTime asOf) {
    }

    /** A page of entries, with the total the filter matches. */
    public record Page(int page, int size, long total, List<Entry> items) {
    }

    /** Filters; null means any. {@code tenant} is a district's code. */
    public record Filter(String tenant, ProjectStatus status, ProjectKind kind, Integer planYear, String q) {
    }

    public Page page(Filter filter, int page, int size) {
        CitySupervision.require("R40");
        if (page < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badPage", "R33", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badSize", "R33", "size", MAX_PAGE_SIZE);
        }
        audit.record(CurrentUser.name(), "SUPERVISION_CATALOGUE", filter.tenant(), String.valueOf(filter));
        long total = where(jdbc.sql("SELECT count(*) FROM platform.rollup_project r\n" + WHERE), filter)
                .query(Long.class).single();
        List<Entry> items = where(jdbc.sql(SELECT + "\n" + WHERE + "\nORDER BY r.tenant_code, r.project_id LIMIT :limit OFFSET :offset"),
                filter).param("limit", size).param("offset", (long) page * size).query(CityProjectCatalogue::entry).list();
        return new Page(page, size, total, items);
    }

    /** Every entry under {@code filter} in the catalogue's order, read a chunk at a time (memory stays bounded). */
    public void each(Filter filter, Consumer<Entry> sink) {
        CitySupervision.require("R40");
        audit.record(CurrentUser.name(), "SUPERVISION_CATALOGUE_EXPORT", filter.tenant(), String.valueOf(filter));
        String afterTenant = "";
        UUID afterId = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        while (true) {
            List<Entry> chunk = where(jdbc.sql(SELECT + "\n" + WHERE + """

                            AND (r.tenant_code, r.project_id) > (:afterTenant, :afterId)
                            ORDER BY r.tenant_code, r.project_id LIMIT :limit"""), filter)
                    .param("afterTenant", afterTenant).param("afterId", afterId).param("limit", CHUNK)
                    .query(CityProjectCatalogue::entry).list();
            chunk.forEach(sink);
            if (chunk.size() < CHUNK) {
                return;
            }
            afterTenant = chunk.getLast().tenant();
            afterId = chunk.getLast().id();
        }
    }

    private static final String SELECT = """
            SELECT r.tenant_code, t.name_zh, r.project_id, r.title, r.owner_unit, r.kind, r.status, r.library, r.plan_year,
                   r.total_investment, r.approved_investment, r.as_of
            FROM platform.rollup_project r JOIN platform.tenant t ON t.code = r.tenant_code""";

    // Classified projects are never in the read model's catalogue (Art. 42).
    private static final String WHERE = """
            WHERE r.stage <> 'CLASSIFIED'
              AND (CAST(:tenant AS varchar) IS NULL OR r.tenant_code = :tenant)
              AND (CAST(:status AS varchar) IS NULL OR r.status = :status)
              AND (CAST(:kind AS varchar) IS NULL OR r.kind = :kind)
              AND (CAST(:planYear AS int) IS NULL OR r.plan_year = :planYear)
              AND (CAST(:q AS varchar) IS NULL OR strpos(r.title, :q) > 0 OR strpos(r.owner_unit, :q) > 0)""";

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec sql, Filter f) {
        return sql.param("tenant", f.tenant()).param("status", f.status() == null ? null : f.status().name())
                .param("kind", f.kind() == null ? null : f.kind().name()).param("planYear", f.planYear())
                .param("q", f.q() == null || f.q().isBlank() ? null : f.q().strip());
    }

    private static Entry entry(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                ProjectKind.valueOf(rs.getString(6)), ProjectStatus.valueOf(rs.getString(7)),
                rs.getString(8) == null ? null : Library.valueOf(rs.getString(8)),
                (Integer) rs.getObject(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                BusinessTime.inBeijing(rs.getObject(12, OffsetDateTime.class)));
    }
}

package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.inventory.Criterion;
import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model's tables in the platform schema: {@code rollup_project}, one row per project, {@code rollup_unit},
 * one row per owner unit with systems (Art. 33, 40), and {@code rollup_tenant}, each tenant's figures aggregated from
 * its rows in one statement per figure, so neither a change nor the overview reads more than one tenant's rows or
 * one row per tenant (the unit rows summed per tenant in the overview's one query).
 */
@Component
class RollupStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RiskReason>> REASONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<Stage, Integer>> STAGES = new TypeReference<>() {
    };
    private static final TypeReference<List<TenantFigures.LibraryFigure>> LIBRARIES = new TypeReference<>() {
    };
    private static final TypeReference<Map<Criterion, List<String>>> FAILING = new TypeReference<>() {
    };
    private static final String PROJECT_COLUMNS = """
            tenant_code, project_id, title, owner_unit, kind, status, stage, library, plan_year, total_investment,
            approved_investment, due_dates, earliest_due_on, risk, risk_reasons, submitted_on, reserve_on,
            approved_on, accepted_on, as_of""";
    /**
     * The time limits past on the reading day (Art. 19, 27, 28, 30, 32: missed from the day after the date), counted
     * when read, so a limit passing needs neither an event nor a daily job; formatted with the dates' column and that
     * day's parameter.
     */
    private static final String OVERDUE = "(SELECT count(*) FROM unnest(%s) d WHERE d < %s)";

    /** The tenant's milestones counted by month, as the array {@link TrendMonth} reads; one scan of its rows. */
    private static final String TREND = """
            SELECT coalesce(jsonb_agg(jsonb_build_object('month', m, 'submitted', s, 'reserve', r, 'approved', a,
                                                         'accepted', c) ORDER BY m), '[]')
            FROM (SELECT to_char(d.on_date, 'YYYY-MM') m, count(*) FILTER (WHERE d.milestone = 's') s,
                         count(*) FILTER (WHERE d.milestone = 'r') r, count(*) FILTER (WHERE d.milestone = 'a') a,
                         count(*) FILTER (WHERE d.milestone = 'c') c
                  FROM platform.rollup_project p CROSS JOIN LATERAL (VALUES ('s', p.submitted_on), ('r', p.reserve_on),
                       ('a', p.approved_on), ('c', p.accepted_on)) d(milestone, on_date)
                  WHERE p.tenant_code = ? AND d.on_date IS NOT NULL GROUP BY 1) months""";

    private final JdbcClient jdbc;
    private final Clock clock;

    RollupStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The business day the read model is read on (Asia/Shanghai). */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private static String[] dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    private static List<LocalDate> dates(java.sql.Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(d -> ((java.sql.Date) d).toLocalDate()).toList();
    }

    void save(ProjectRow row) {
        jdbc.sql("INSERT INTO platform.rollup_project (" + PROJECT_COLUMNS + """
                        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS date[]), ?, ?, CAST(? AS jsonb), ?, ?, ?, ?,
                            ?)
                        ON CONFLICT (tenant_code, project_id) DO UPDATE SET title = excluded.title,
                            owner_unit = excluded.owner_unit, kind = excluded.kind, status = excluded.status,
                            stage = excluded.stage, library = excluded.library, plan_year = excluded.plan_year,
                            total_investment = excluded.total_investment,
                            approved_investment = excluded.approved_investment, due_dates = excluded.due_dates,
                            earliest_due_on = excluded.earliest_due_on, risk = excluded.risk,
                            risk_reasons = excluded.risk_reasons, submitted_on = excluded.submitted_on,
                            reserve_on = excluded.reserve_on, approved_on = excluded.approved_on,
                            accepted_on = excluded.accepted_on, as_of = excluded.as_of""")
                .params(row.tenantCode(), row.projectId(), row.title(), row.ownerUnit(), row.kind().name(),
                        row.status().name(), row.stage().name(), row.library() == null ? null : row.library().name(),
                        row.planYear(), row.totalInvestment(), row.approvedInvestment(), dates(row.dueDates()),
                        row.earliestDueOn(), row.risk().name(), JSON.writeValueAsString(row.riskReasons()),
                        row.submittedOn(), row.reserveOn(), row.approvedOn(), row.acceptedOn(), row.asOf())
                .update();
    }

    /**
     * The rows whose colour the calendar may have changed since they were computed: an open time limit within
     * {@code horizon} (due soon) or past it (overdue). One query on the platform's table, however many tenants.
     */
    Map<String, List<UUID>> dueBy(LocalDate horizon) {
        Map<String, List<UUID>> due = new TreeMap<>();
        jdbc.sql("SELECT tenant_code, project_id FROM platform.rollup_project WHERE earliest_due_on <= ?")
                .param(horizon)
                .query(rs -> {
                    due.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return due;
    }

    void delete(String tenant, UUID projectId) {
        jdbc.sql("DELETE FROM platform.rollup_project WHERE tenant_code = ? AND project_id = ?")
                .params(tenant, projectId).update();
    }

    /** The tenant's project rows not among {@code kept} removed (a rebuild's leftovers of deleted drafts). */
    void deleteOthers(String tenant, List<UUID> kept) {
        jdbc.sql("DELETE FROM platform.rollup_project WHERE tenant_code = ? AND NOT (project_id = ANY (?))")
                .params(tenant, kept.toArray(UUID[]::new)).update();
    }

    /** The tenant's project figures aggregated anew from its rows. */
    void aggregate(String tenant, OffsetDateTime asOf) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, count(*) FROM platform.rollup_project WHERE tenant_code = ? GROUP BY stage")
                .param(tenant).query(rs -> {
                    byStage.put(Stage.valueOf(rs.getString(1)), rs.getInt(2));
                });
        List<TenantFigures.LibraryFigure> libraries = jdbc.sql("""
                        SELECT library, plan_year, count(*), sum(total_investment) FROM platform.rollup_project
                        WHERE tenant_code = ? AND library IS NOT NULL GROUP BY library, plan_year
                        ORDER BY library, plan_year""")
                .param(tenant).query((rs, i) -> new TenantFigures.LibraryFigure(Library.valueOf(rs.getString(1)),
                        rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))).list();
        List<RiskReason> reasons = jdbc.sql("""
                        SELECT r->>'code', r->>'article', sum((r->>'count')::int) FROM platform.rollup_project p,
                               jsonb_array_elements(p.risk_reasons) r
                        WHERE p.tenant_code = ? GROUP BY 1, 2 ORDER BY 1, 2""")
                .param(tenant).query((rs, i) -> new RiskReason(RiskReason.Code.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getInt(3))).list();
        jdbc.sql("""
                        INSERT INTO platform.rollup_tenant (tenant_code, projects, by_stage, libraries, total_investment,
                            approved_investment, risk_reasons, projects_as_of, trend)
                        SELECT ?, count(*), CAST(? AS jsonb), CAST(? AS jsonb), coalesce(sum(total_investment), 0),
                               coalesce(sum(approved_investment), 0), CAST(? AS jsonb), ?, (""" + TREND + """
                               )
                        FROM platform.rollup_project WHERE tenant_code = ?
                        ON CONFLICT (tenant_code) DO UPDATE SET projects = excluded.projects, by_stage = excluded.by_stage,
                            libraries = excluded.libraries, total_investment = excluded.total_investment,
                            approved_investment = excluded.approved_investment, risk_reasons = excluded.risk_reasons,
                            projects_as_of = excluded.projects_as_of, trend = excluded.trend""")
                .params(tenant, JSON.writeValueAsString(byStage), JSON.writeValueAsString(libraries),
                        JSON.writeValueAsString(reasons), asOf, tenant, tenant)
                .update();
    }

    void sanctions(String tenant, int inForce, OffsetDateTime asOf) {
        ensureTenant(tenant, asOf);
        jdbc.sql("UPDATE platform.rollup_tenant SET sanctions_in_force = ?, sanctions_as_of = ? WHERE tenant_code = ?")
                .params(inForce, asOf, tenant).update();
    }

    void ruleDifferences(String tenant, int differences, OffsetDateTime asOf) {
        ensureTenant(tenant, asOf);
        jdbc.sql("UPDATE platform.rollup_tenant SET rule_differences = ?, rules_as_of = ? WHERE tenant_code = ?")
                .params(differences, asOf, tenant).update();
    }

    private void ensureTenant(String tenant, OffsetDateTime asOf) {
        jdbc.sql("""
                        INSERT INTO platform.rollup_tenant (tenant_code, projects, by_stage, libraries, total_investment,
                            approved_investment, risk_reasons, projects_as_of)
                        VALUES (?, 0, '{}', '[]', 0, 0, '[]', ?) ON CONFLICT (tenant_code) DO NOTHING""")
                .params(tenant, asOf).update();
    }

    /**
     * The tenant's owner-unit rows replaced by {@code units} (Art. 33, 40) and its district clouds (Art. 38): a unit
     * without systems any more has no row.
     */
    void units(String tenant, List<UnitRow> units, int districtClouds, int consolidated, OffsetDateTime asOf) {
        jdbc.sql("DELETE FROM platform.rollup_unit WHERE tenant_code = ?").param(tenant).update();
        for (UnitRow u : units) {
            jdbc.sql("""
                            INSERT INTO platform.rollup_unit (tenant_code, owner_unit, systems, migrated, in_progress,
                                reported, verified, plan_dates, unplanned, migrated_failing, catalogued_failing,
                                sharing_failing, collected_failing, failing_systems, exempt, complies, sanctioned, as_of)
                            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS date[]), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?,
                                ?)""")
                    .params(tenant, u.ownerUnit(), u.systems(), u.migrated(), u.inProgress(), u.reported(),
                            u.verified(), dates(u.planDates()), u.unplanned(), u.failingSystems(Criterion.MIGRATED).size(),
                            u.failingSystems(Criterion.CATALOGUED).size(),
                            u.failingSystems(Criterion.SHARING_INTERFACE).size(),
                            u.failingSystems(Criterion.COLLECTED).size(), JSON.writeValueAsString(u.failing()),
                            u.exempt(), u.complies(), u.sanctioned(), asOf)
                    .update();
        }
        ensureTenant(tenant, asOf);
        jdbc.sql("""
                        UPDATE platform.rollup_tenant SET district_clouds = ?, clouds_consolidated = ?, units_as_of = ?
                        WHERE tenant_code = ?""")
                .params(districtClouds, consolidated, asOf, tenant).update();
    }

    /** The tenant's owner units from the read model: the non-compliant first, then by name. */
    List<UnitRow> units(String tenant) {
        return jdbc.sql("""
                        SELECT tenant_code, owner_unit, systems, migrated, in_progress, reported, verified,
                               """ + OVERDUE.formatted("plan_dates", "?") + """
                        , unplanned, failing_systems, exempt, complies, sanctioned, as_of, plan_dates
                        FROM platform.rollup_unit WHERE tenant_code = ? ORDER BY complies, owner_unit""")
                .params(today(), tenant)
                .query((rs, i) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), dates(rs.getArray(15)),
                        new EnumMap<>(JSON.readValue(rs.getString(10), FAILING)), rs.getBoolean(11),
                        rs.getBoolean(12), rs.getBoolean(13), inBeijing(rs, 14)))
                .list();
    }

    /**
     * Every serving tenant but the city with its figures, in the registry's order; a tenant without projects yet
     * has zeros. {@code level} narrows to one kind of tenant (null: all).
     */
    List<TenantFigures> tenants(TenantLevel level) {
        return figures(null, level);
    }

    /** One district's figures, read by its code alone (never the whole city's to pick one out). */
    Optional<TenantFigures> tenant(String code) {
        return figures(code, null).stream().findFirst();
    }

    private List<TenantFigures> figures(String code, TenantLevel level) {
        return jdbc.sql("""
                        SELECT t.code, t.name_zh, t.name_en, t.level, t.jdbc_url IS NOT NULL, r.projects, r.by_stage,
                               r.libraries, r.total_investment, r.approved_investment, coalesce(o.overdue_steps, 0),
                               coalesce(o.overdue_projects, 0), r.sanctions_in_force, r.rule_differences, r.risk_reasons,
                               r.projects_as_of, r.sanctions_as_of, r.rules_as_of, r.district_clouds,
                               r.clouds_consolidated, u.systems, u.migrated, u.in_progress, u.reported, u.verified,
                               u.overdue, u.unplanned, u.units, u.not_compliant, u.exempt, u.sanctioned
                        FROM platform.tenant t LEFT JOIN platform.rollup_tenant r ON r.tenant_code = t.code
                        LEFT JOIN (SELECT tenant_code, sum(systems) systems, sum(migrated) migrated,
                                          sum(in_progress) in_progress, sum(reported) reported, sum(verified) verified,
                                          sum(""" + OVERDUE.formatted("plan_dates", "CAST(:today AS date)") + """
                                          ) overdue, sum(unplanned) unplanned, count(*) units,
                                          count(*) FILTER (WHERE NOT complies AND NOT exempt) not_compliant,
                                          count(*) FILTER (WHERE exempt) exempt,
                                          count(*) FILTER (WHERE sanctioned) sanctioned
                                   FROM platform.rollup_unit WHERE (CAST(:code AS varchar) IS NULL OR tenant_code = :code)
                                   GROUP BY tenant_code) u ON u.tenant_code = t.code
                        LEFT JOIN (SELECT tenant_code, sum(""" + OVERDUE.formatted("due_dates", "CAST(:today AS date)")
                        + """
                                          ) overdue_steps, count(*) overdue_projects
                                   FROM platform.rollup_project WHERE earliest_due_on < :today
                                     AND (CAST(:code AS varchar) IS NULL OR tenant_code = :code)
                                   GROUP BY tenant_code) o ON o.tenant_code = t.code
                        WHERE t.status IN ('ACTIVE', 'SUSPENDED') AND t.level <> 'CITY'
                          AND (CAST(:code AS varchar) IS NULL OR t.code = :code)
                          AND (CAST(:level AS varchar) IS NULL OR t.level = :level)
                        ORDER BY t.division_code NULLS LAST, t.created_at, t.code""")
                .param("today", today()).param("code", code).param("level", level == null ? null : level.name())
                .query(RollupStore::tenant).list();
    }

    /**
     * The months {@code from} to {@code to} of the {@code tenants}' trend, summed in the database over one row per
     * tenant; a month without milestones counts zeros.
     */
    List<TrendMonth> trend(List<String> tenants, YearMonth from, YearMonth to) {
        Map<YearMonth, TrendMonth> months = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new TrendMonth(m, 0, 0, 0, 0));
        }
        jdbc.sql("""
                        SELECT e->>'month', sum((e->>'submitted')::int), sum((e->>'reserve')::int),
                               sum((e->>'approved')::int), sum((e->>'accepted')::int)
                        FROM platform.rollup_tenant r, jsonb_array_elements(r.trend) e
                        WHERE r.tenant_code = ANY (?) AND e->>'month' BETWEEN ? AND ? GROUP BY 1""")
                .params(tenants.toArray(String[]::new), from.toString(), to.toString())
                .query(rs -> {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    months.put(m, new TrendMonth(m, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                });
        return List.copyOf(months.values());
    }

    /** One page of a tenant's projects under {@code filter}, with the total it is part of. */
    Page<ProjectRow> projects(String tenant, DistrictFilter filter, Pageable page) {
        String where = """
                 FROM platform.rollup_project WHERE tenant_code = :tenant
                  AND (CAST(:stage AS varchar) IS NULL OR stage = :stage)
                  AND (CAST(:status AS varchar) IS NULL OR status = :status)
                  AND (CAST(:risk AS varchar) IS NULL OR risk = :risk)
                  AND (CAST(:library AS varchar) IS NULL OR library = :library)
                  AND (CAST(:year AS int) IS NULL OR plan_year = :year)
                  AND (CAST(:text AS varchar) IS NULL OR lower(title) LIKE :text OR lower(owner_unit) LIKE :text)""";
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("today", today());
        params.put("stage", filter.stage() == null ? null : filter.stage().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("risk", filter.risk() == null ? null : filter.risk().name());
        params.put("library", filter.library() == null ? null : filter.library().name());
        params.put("year", filter.planYear());
        params.put("text", filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%");
        long total = jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
        String order = " ORDER BY CASE risk WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, "
                + "earliest_due_on NULLS LAST, title, project_id";
        String limit = page.isPaged() ? " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset() : "";
        List<ProjectRow> rows = jdbc.sql("SELECT " + PROJECT_COLUMNS + ", "
                        + OVERDUE.formatted("due_dates", "CAST(:today AS date)") + " overdue_steps " + where + order + limit)
                .params(params)
                .query(RollupStore::project).list();
        return new PageImpl<>(rows, page, total);
    }

    private static ProjectRow project(ResultSet rs, int i) throws SQLException {
        return new ProjectRow(rs.getString("tenant_code"), rs.getObject("project_id", UUID.class),
                rs.getString("title"), rs.getString("owner_unit"), ProjectKind.valueOf(rs.getString("kind")),
                ProjectStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                rs.getString("library") == null ? null : Library.valueOf(rs.getString("library")),
                rs.getObject("plan_year", Integer.class), rs.getBigDecimal("total_investment"),
                rs.getBigDecimal("approved_investment"), rs.getInt("overdue_steps"), dates(rs.getArray("due_dates")),
                rs.getObject("earliest_due_on", LocalDate.class), RiskColour.valueOf(rs.getString("risk")),
                JSON.readValue(rs.getString("risk_reasons"), REASONS), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("reserve_on", LocalDate.class), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), BusinessTime.inBeijing(rs.getObject("as_of", OffsetDateTime.class)));
    }

    private static TenantFigures tenant(ResultSet rs, int i) throws SQLException {
        boolean known = rs.getObject(6) != null;
        int sanctions = known ? rs.getInt(13) : 0;
        List<RiskReason> reasons = new ArrayList<>(known ? JSON.readValue(rs.getString(15), REASONS) : List.of());
        if (sanctions > 0) {
            reasons.add(new RiskReason(RiskReason.Code.SANCTIONS_IN_FORCE, "R33", sanctions));
        }
        MigrationFigures migration = migration(rs);
        if (migration.overdue() > 0) {
            reasons.add(new RiskReason(RiskReason.Code.MIGRATION_OVERDUE, "R40", migration.overdue()));
        }
        if (migration.unitsNotCompliant() > 0) {
            reasons.add(new RiskReason(RiskReason.Code.UNIT_NOT_COMPLIANT, "R33", migration.unitsNotCompliant()));
        }
        RiskColour risk = reasons.stream().map(r -> r.code().colour()).reduce(RiskColour.GREEN, RiskColour::worse);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new TenantFigures(rs.getString(1), rs.getString(2), rs.getString(3), TenantLevel.valueOf(rs.getString(4)),
                rs.getBoolean(5), known ? rs.getInt(6) : 0,
                known ? new EnumMap<>(JSON.readValue(rs.getString(7), STAGES)) : new EnumMap<>(Stage.class),
                known ? JSON.readValue(rs.getString(8), LIBRARIES) : List.of(),
                known ? rs.getBigDecimal(9) : zero, known ? rs.getBigDecimal(10) : zero,
                known ? rs.getInt(11) : 0, known ? rs.getInt(12) : 0, sanctions, known ? rs.getInt(14) : 0,
                risk, reasons, inBeijing(rs, 16), inBeijing(rs, 17), inBeijing(rs, 18), migration);
    }

    /** Columns 19 on: the district clouds from the tenant's row, the rest summed over its unit rows (none: zeros). */
    private static MigrationFigures migration(ResultSet rs) throws SQLException {
        return new MigrationFigures(rs.getInt(21), rs.getInt(22), rs.getInt(23), rs.getInt(24), rs.getInt(25),
                rs.getInt(26), rs.getInt(27), rs.getInt(19), rs.getInt(20), rs.getInt(28), rs.getInt(29),
                rs.getInt(30), rs.getInt(31));
    }

    private static OffsetDateTime inBeijing(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : BusinessTime.inBeijing(at);
    }
}

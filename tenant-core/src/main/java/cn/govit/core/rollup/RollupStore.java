package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            approved_investment, overdue_steps, earliest_due_on, risk, risk_reasons, as_of""";

    private final JdbcClient jdbc;

    RollupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(ProjectRow row) {
        jdbc.sql("INSERT INTO platform.rollup_project (" + PROJECT_COLUMNS + """
                        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                        ON CONFLICT (tenant_code, project_id) DO UPDATE SET title = excluded.title,
                            owner_unit = excluded.owner_unit, kind = excluded.kind, status = excluded.status,
                            stage = excluded.stage, library = excluded.library, plan_year = excluded.plan_year,
                            total_investment = excluded.total_investment,
                            approved_investment = excluded.approved_investment, overdue_steps = excluded.overdue_steps,
                            earliest_due_on = excluded.earliest_due_on, risk = excluded.risk,
                            risk_reasons = excluded.risk_reasons, as_of = excluded.as_of""")
                .params(row.tenantCode(), row.projectId(), row.title(), row.ownerUnit(), row.kind().name(),
                        row.status().name(), row.stage().name(), row.library() == null ? null : row.library().name(),
                        row.planYear(), row.totalInvestment(), row.approvedInvestment(), row.overdueSteps(),
                        row.earliestDueOn(), row.risk().name(), JSON.writeValueAsString(row.riskReasons()), row.asOf())
                .update();
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
                            approved_investment, overdue_steps, overdue_projects, risk_reasons, projects_as_of)
                        SELECT ?, count(*), CAST(? AS jsonb), CAST(? AS jsonb), coalesce(sum(total_investment), 0),
                               coalesce(sum(approved_investment), 0), coalesce(sum(overdue_steps), 0),
                               count(*) FILTER (WHERE overdue_steps > 0), CAST(? AS jsonb), ?
                        FROM platform.rollup_project WHERE tenant_code = ?
                        ON CONFLICT (tenant_code) DO UPDATE SET projects = excluded.projects, by_stage = excluded.by_stage,
                            libraries = excluded.libraries, total_investment = excluded.total_investment,
                            approved_investment = excluded.approved_investment, overdue_steps = excluded.overdue_steps,
                            overdue_projects = excluded.overdue_projects, risk_reasons = excluded.risk_reasons,
                            projects_as_of = excluded.projects_as_of""")
                .params(tenant, JSON.writeValueAsString(byStage), JSON.writeValueAsString(libraries),
                        JSON.writeValueAsString(reasons), asOf, tenant)
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
                            approved_investment, overdue_steps, overdue_projects, risk_reasons, projects_as_of)
                        VALUES (?, 0, '{}', '[]', 0, 0, 0, 0, '[]', ?) ON CONFLICT (tenant_code) DO NOTHING""")
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
                                reported, verified, overdue, unplanned, migrated_failing, catalogued_failing,
                                sharing_failing, collected_failing, failing_systems, exempt, complies, sanctioned, as_of)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""")
                    .params(tenant, u.ownerUnit(), u.systems(), u.migrated(), u.inProgress(), u.reported(),
                            u.verified(), u.overdue(), u.unplanned(), u.failingSystems(Criterion.MIGRATED).size(),
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
                        SELECT tenant_code, owner_unit, systems, migrated, in_progress, reported, verified, overdue,
                               unplanned, failing_systems, exempt, complies, sanctioned, as_of
                        FROM platform.rollup_unit WHERE tenant_code = ? ORDER BY complies, owner_unit""")
                .param(tenant)
                .query((rs, i) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        new EnumMap<>(JSON.readValue(rs.getString(10), FAILING)), rs.getBoolean(11),
                        rs.getBoolean(12), rs.getBoolean(13), inBeijing(rs, 14)))
                .list();
    }

    /**
     * Every serving tenant but the city with its figures, in the registry's order; a tenant without projects yet
     * has zeros. {@code level} narrows to one kind of tenant (null: all).
     */
    List<TenantFigures> tenants(TenantLevel level) {
        return jdbc.sql("""
                        SELECT t.code, t.name_zh, t.name_en, t.level, t.jdbc_url IS NOT NULL, r.projects, r.by_stage,
                               r.libraries, r.total_investment, r.approved_investment, r.overdue_steps,
                               r.overdue_projects, r.sanctions_in_force, r.rule_differences, r.risk_reasons,
                               r.projects_as_of, r.sanctions_as_of, r.rules_as_of, r.district_clouds,
                               r.clouds_consolidated, u.systems, u.migrated, u.in_progress, u.reported, u.verified,
                               u.overdue, u.unplanned, u.units, u.not_compliant, u.exempt, u.sanctioned
                        FROM platform.tenant t LEFT JOIN platform.rollup_tenant r ON r.tenant_code = t.code
                        LEFT JOIN (SELECT tenant_code, sum(systems) systems, sum(migrated) migrated,
                                          sum(in_progress) in_progress, sum(reported) reported, sum(verified) verified,
                                          sum(overdue) overdue, sum(unplanned) unplanned, count(*) units,
                                          count(*) FILTER (WHERE NOT complies AND NOT exempt) not_compliant,
                                          count(*) FILTER (WHERE exempt) exempt,
                                          count(*) FILTER (WHERE sanctioned) sanctioned
                                   FROM platform.rollup_unit GROUP BY tenant_code) u ON u.tenant_code = t.code
                        WHERE t.status IN ('ACTIVE', 'SUSPENDED') AND t.level <> 'CITY'
                          AND (CAST(? AS varchar) IS NULL OR t.level = ?)
                        ORDER BY t.division_code NULLS LAST, t.created_at, t.code""")
                .params(level == null ? null : level.name(), level == null ? null : level.name())
                .query(RollupStore::tenant).list();
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
        List<ProjectRow> rows = jdbc.sql("SELECT " + PROJECT_COLUMNS + " " + where + order + limit).params(params)
                .query(RollupStore::project).list();
        return new PageImpl<>(rows, page, total);
    }

    private static ProjectRow project(ResultSet rs, int i) throws SQLException {
        return new ProjectRow(rs.getString("tenant_code"), rs.getObject("project_id", UUID.class),
                rs.getString("title"), rs.getString("owner_unit"), ProjectKind.valueOf(rs.getString("kind")),
                ProjectStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                rs.getString("library") == null ? null : Library.valueOf(rs.getString("library")),
                rs.getObject("plan_year", Integer.class), rs.getBigDecimal("total_investment"),
                rs.getBigDecimal("approved_investment"), rs.getInt("overdue_steps"),
                rs.getObject("earliest_due_on", LocalDate.class), RiskColour.valueOf(rs.getString("risk")),
                JSON.readValue(rs.getString("risk_reasons"), REASONS),
                BusinessTime.inBeijing(rs.getObject("as_of", OffsetDateTime.class)));
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

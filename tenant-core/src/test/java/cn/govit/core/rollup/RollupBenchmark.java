package cn.govit.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark, not a test: run by {@code bench/rollup.sh} and excluded from the build's test run (tag
 * {@code benchmark}). The city's overview of 3,000 tenants × 100 projects (Art. 40) read from the platform's read
 * model, beside a hand-written UNION ALL over every tenant schema computing the same figures, in one run; then the
 * time a district's change takes to appear. Asserts only that both give the same figures.
 *
 * <p>The data: 100 projects are made in 东湖区 through the product's API and lifecycle (a mix of draft, submitted,
 * reserve, approved and implementation projects); the other tenants are bulk-loaded as copies of that schema — the
 * tables created {@code LIKE} the migrated ones with every index, check and foreign key, their rows and changelog
 * copied, the grants repeated — and registered like onboarded ones; their rows of the read model are copies of the
 * ones the product's rebuild gave 东湖区. Every figure of the read model is checked against the UNION ALL before any
 * time is taken, and the product's rebuild is timed on a sample of the copies.
 */
@Tag("benchmark")
class RollupBenchmark extends LifecycleIntegrationTest {

    static final int TENANTS = Integer.getInteger("bench.tenants", 3000);
    static final int PROJECTS = Integer.getInteger("bench.projects", 100);
    static final int READS = Integer.getInteger("bench.reads", 200);
    static final int UNION_READS = Integer.getInteger("bench.unionReads", 10);
    static final int REBUILD_SAMPLE = Integer.getInteger("bench.rebuildSample", 50);
    static final String OVERVIEW = "/api/v1/supervision/overview";

    @Autowired
    DataSource dataSource;
    @Autowired
    RollupService rollup;
    @Autowired
    RollupStore store;
    @Autowired
    SupervisionService supervision;
    @Autowired
    TenantRegistry registry;
    @Autowired
    JwtDecoder decoder;

    @Test
    void overviewOfManyTenantsFromTheReadModelBesideAUnionAllOverTheirSchemas() throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long started = System.nanoTime();
        List<ProjectStatus> mix = List.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.RESERVE,
                ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTATION);
        for (int i = 0; i < PROJECTS; i++) {
            ProjectStatus target = mix.get(i % mix.size());
            String title = "基准项目" + i;
            String total = (100_000 + 1_000L * i) + ".00";
            if (target == ProjectStatus.DRAFT) {
                donghu.createComplete(title, total);
            } else {
                donghu.projectAt(title, total, target, null);
            }
        }
        print("projects made in donghu through the API", started);
        // The product's rebuild gives 东湖区's rows; each copy of its schema gets a copy of them (checked below).
        Logins.as(decoder, "platform-admin", rollup::rebuild);

        started = System.nanoTime();
        jdbc.sql(CLONE_FUNCTION).update();
        String template = jdbc.sql("SELECT schema_name FROM platform.tenant WHERE code = 'donghu'").query(String.class).single();
        List<String> codes = IntStream.range(1, TENANTS - 1).mapToObj(i -> String.format("bench%04d", i)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> loads = new ArrayList<>();
            for (String code : codes) {
                loads.add(pool.submit(() -> {
                    JdbcClient.create(dataSource).sql("SELECT public.govit_bench_clone(?, ?)").params(template, "t_" + code)
                            .query(Object.class).single();
                    JdbcClient.create(dataSource).sql("""
                                    INSERT INTO platform.tenant (code, name_zh, name_en, level, schema_name, status, created_at,
                                                                 parent_code, schema_checksum)
                                    SELECT ?, ?, ?, 'DISTRICT', ?, 'ACTIVE', now(), 'city', schema_checksum
                                    FROM platform.tenant WHERE code = 'donghu'""")
                            .params(code, "基准区" + code.substring(5), "Bench " + code, "t_" + code).update();
                    JdbcClient.create(dataSource).sql("""
                                    INSERT INTO platform.rollup_project (tenant_code, project_id, title, owner_unit, kind,
                                        status, stage, library, plan_year, total_investment, approved_investment,
                                        due_dates, earliest_due_on, risk, risk_reasons, submitted_on, reserve_on,
                                        approved_on, accepted_on, as_of)
                                    SELECT ?, project_id, title, owner_unit, kind, status, stage, library, plan_year,
                                        total_investment, approved_investment, due_dates, earliest_due_on, risk,
                                        risk_reasons, submitted_on, reserve_on, approved_on, accepted_on, as_of
                                    FROM platform.rollup_project WHERE tenant_code = 'donghu'""").param(code).update();
                    JdbcClient.create(dataSource).sql("""
                                    INSERT INTO platform.rollup_tenant (tenant_code, projects, by_stage, libraries,
                                        total_investment, approved_investment, risk_reasons, projects_as_of,
                                        sanctions_in_force, sanctions_as_of, rule_differences, rules_as_of,
                                        district_clouds, clouds_consolidated, units_as_of, trend)
                                    SELECT ?, projects, by_stage, libraries, total_investment, approved_investment,
                                        risk_reasons, projects_as_of, sanctions_in_force, sanctions_as_of,
                                        rule_differences, rules_as_of, district_clouds, clouds_consolidated,
                                        units_as_of, trend
                                    FROM platform.rollup_tenant WHERE tenant_code = 'donghu'""").param(code).update();
                    JdbcClient.create(dataSource).sql("""
                                    INSERT INTO platform.rollup_unit (tenant_code, owner_unit, systems, migrated,
                                        in_progress, reported, verified, plan_dates, unplanned, migrated_failing,
                                        catalogued_failing, sharing_failing, collected_failing, failing_systems, exempt,
                                        complies, sanctioned, as_of)
                                    SELECT ?, owner_unit, systems, migrated, in_progress, reported, verified, plan_dates,
                                        unplanned, migrated_failing, catalogued_failing, sharing_failing,
                                        collected_failing, failing_systems, exempt, complies, sanctioned, as_of
                                    FROM platform.rollup_unit WHERE tenant_code = 'donghu'""").param(code).update();
                }));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        }
        int tenants = jdbc.sql("SELECT count(*) FROM platform.tenant WHERE status = 'ACTIVE' AND code <> 'city'")
                .query(Integer.class).single();
        print(codes.size() + " tenant schemas bulk-loaded; districts: " + tenants, started);

        // The product's own rebuild, timed on a sample of the copies (the whole model: POST /api/v1/admin/rollup/rebuild).
        List<Tenant> sample = codes.stream().limit(REBUILD_SAMPLE).map(c -> registry.find(c).orElseThrow()).toList();
        started = System.nanoTime();
        int rebuiltProjects = 0;
        for (Tenant t : sample) {
            rebuiltProjects += Logins.as(decoder, "platform-admin", () -> TenantContext.callAs(t, rollup::rebuildCurrentTenant));
        }
        double perTenant = (System.nanoTime() - started) / 1e6 / sample.size();
        print("product's rebuild of " + sample.size() + " tenants (" + rebuiltProjects + " projects), "
                + String.format(Locale.ROOT, "%.0f ms per tenant, ≈ %.0f s for all", perTenant,
                perTenant * tenants / 1000), started);
        int modelRows = jdbc.sql("SELECT count(*) FROM platform.rollup_project").query(Integer.class).single();

        List<String> schemas = jdbc.sql("""
                        SELECT code, schema_name FROM platform.tenant WHERE status = 'ACTIVE' AND code <> 'city'
                        ORDER BY code""")
                .query((rs, i) -> rs.getString(1) + "\t" + rs.getString(2)).list();
        String unionAll = schemas.stream().map(s -> s.split("\t")).map(s -> """
                        SELECT '%s' AS tenant, count(*) AS projects, coalesce(sum(p.total_investment), 0) AS total,
                               count(*) FILTER (WHERE l.library = 'RESERVE') AS reserve,
                               count(*) FILTER (WHERE l.library = 'IMPLEMENTATION') AS implementation
                        FROM %s.project p LEFT JOIN %s.library_entry l ON l.project_id = p.id AND NOT l.removed"""
                        .formatted(s[0], s[1], s[1]))
                .collect(Collectors.joining("\nUNION ALL\n"));

        // The same figures both ways, before any time is taken.
        List<String> fromSchemas = jdbc.sql(unionAll + " ORDER BY tenant").query((rs, i) -> rs.getString("tenant") + ":"
                + rs.getInt("projects") + ":" + rs.getBigDecimal("total").setScale(2) + ":" + rs.getInt("reserve") + ":"
                + rs.getInt("implementation")).list();
        List<String> fromModel = store.tenants(null).stream().sorted(Comparator.comparing(TenantFigures::code))
                .map(t -> t.code() + ":" + t.projects() + ":" + t.totalInvestment().setScale(2) + ":"
                        + t.libraries().stream().filter(l -> l.library() == Library.RESERVE)
                        .mapToInt(TenantFigures.LibraryFigure::projects).sum() + ":"
                        + t.libraries().stream().filter(l -> l.library() == Library.IMPLEMENTATION)
                        .mapToInt(TenantFigures.LibraryFigure::projects).sum())
                .toList();
        assertThat(fromModel).isEqualTo(fromSchemas);

        ApiClient bureau = as("nc-bureau");
        for (int i = 0; i < 20; i++) {
            bureau.get(OVERVIEW).expect(200);
        }
        long[] overview = times(READS, () -> bureau.get(OVERVIEW).expect(200));
        Tenant city = registry.find("city").orElseThrow();
        long[] service = times(READS, () -> Logins.as(decoder, "nc-bureau",
                () -> TenantContext.callAs(city, () -> supervision.overview(OverviewFilter.ALL))));
        long[] model = times(READS, () -> store.tenants(null));
        jdbc.sql(unionAll).query((rs, i) -> 0).list();
        long[] union = times(UNION_READS, () -> jdbc.sql(unionAll).query((rs, i) -> 0).list());

        System.out.printf(Locale.ROOT, "%n== Roll-up benchmark: %d districts × %d projects (%d rows in the read model)%n",
                tenants, PROJECTS, modelRows);
        row("GET /api/v1/supervision/overview (HTTP + JSON both ends)", overview);
        row("SupervisionService.overview (in process, audited)", service);
        row("read model query (rollup_tenant)", model);
        row("hand-written UNION ALL over " + schemas.size() + " schemas", union);
        System.out.printf(Locale.ROOT, "ratio UNION ALL / overview endpoint: p50 %.1f×, p95 %.1f×%n",
                ratio(union, overview, 50), ratio(union, overview, 95));
        System.out.printf(Locale.ROOT, "ratio UNION ALL / overview service:  p50 %.1f×, p95 %.1f×%n",
                ratio(union, service, 50), ratio(union, service, 95));
        System.out.printf(Locale.ROOT, "ratio UNION ALL / read model query:  p50 %.1f×, p95 %.1f×%n",
                ratio(union, model, 50), ratio(union, model, 95));

        // A district's change: how long until the city's overview shows it.
        // Fresh logins: the loading and the reads above outlast an access token.
        ApiClient supervisor = as("nc-bureau");
        LifecycleDriver district = new LifecycleDriver(this::as, "dh");
        int before = projectsOf(supervisor.get(OVERVIEW).expect(200), "donghu");
        long changed = System.nanoTime();
        district.createComplete("基准变更项目", "123456.00");
        long committed = System.nanoTime();
        while (projectsOf(supervisor.get(OVERVIEW).expect(200), "donghu") == before) {
            Thread.sleep(5);
        }
        long shown = System.nanoTime();
        System.out.printf(Locale.ROOT, "a district's new project appears in the overview %.1f ms after its request "
                + "was sent (%.1f ms after it answered)%n%n", (shown - changed) / 1e6, (shown - committed) / 1e6);
    }

    private static int projectsOf(JsonNode overview, String code) {
        return overview.get("tenants").valueStream().filter(t -> t.get("code").asString().equals(code)).findFirst()
                .orElseThrow().get("projects").asInt();
    }

    private static long[] times(int n, Supplier<?> work) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double ratio(long[] slow, long[] fast, int p) {
        return percentile(slow, p) / percentile(fast, p);
    }

    private static void row(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-62s n=%4d  p50 %9.2f ms  p95 %9.2f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95));
    }

    private static void print(String what, long startedNanos) {
        System.out.printf(Locale.ROOT, "[bench] %s in %.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
    }

    /** A copy of a migrated tenant schema: tables with indexes, checks and defaults, their rows, foreign keys, grants. */
    private static final String CLONE_FUNCTION = """
            CREATE OR REPLACE FUNCTION public.govit_bench_clone(src text, dst text) RETURNS void
            LANGUAGE plpgsql SET search_path = public AS $fn$
            DECLARE t record; c record; g record;
            BEGIN
              EXECUTE format('CREATE SCHEMA %I', dst);
              FOR g IN SELECT DISTINCT grantee FROM information_schema.role_table_grants WHERE table_schema = src
                       AND grantee <> current_user LOOP
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', dst, g.grantee);
              END LOOP;
              FOR t IN SELECT table_name FROM information_schema.tables WHERE table_schema = src
                       AND table_type = 'BASE TABLE' LOOP
                EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING ALL)', dst, t.table_name, src, t.table_name);
                EXECUTE format('INSERT INTO %I.%I OVERRIDING SYSTEM VALUE SELECT * FROM %I.%I', dst, t.table_name,
                               src, t.table_name);
              END LOOP;
              -- Foreign keys last: adding one checks every copied row against it.
              FOR c IN SELECT con.conname, rel.relname, pg_get_constraintdef(con.oid) AS def FROM pg_constraint con
                       JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
                       WHERE n.nspname = src AND con.contype = 'f' LOOP
                EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', dst, c.relname, c.conname,
                               replace(c.def, quote_ident(src) || '.', quote_ident(dst) || '.'));
              END LOOP;
              FOR g IN SELECT grantee, table_name, string_agg(privilege_type, ', ') AS privileges
                       FROM information_schema.role_table_grants WHERE table_schema = src AND grantee <> current_user
                       GROUP BY grantee, table_name LOOP
                EXECUTE format('GRANT %s ON %I.%I TO %I', g.privileges, dst, g.table_name, g.grantee);
              END LOOP;
            END
            $fn$""";
}

package cn.govit.core.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.govit.core.security.Actor;
import cn.govit.core.security.CitySupervision;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every tenant's rule set: its versions in the platform schema, the rules in force on a date, and
 * what a district sets differently from the city (Art. 41).
 */
@Service
public class RuleSetService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformAuditLog audit;
    private final ApplicationEventPublisher events;

    RuleSetService(JdbcClient jdbc, Clock clock, PlatformAuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** The current tenant's rules in force today. */
    public RuleSet current() {
        return inForce(TenantContext.require().code(), today());
    }

    /** The current tenant's rules in force on {@code date} — the date of the step being judged. */
    public RuleSet inForce(LocalDate date) {
        return inForce(TenantContext.require().code(), date);
    }

    /** {@code tenant}'s rules on {@code date}: regulation ⊕ city version in force ⊕ the tenant's version in force. */
    @Transactional(readOnly = true)
    public RuleSet inForce(String tenant, LocalDate date) {
        Optional<RuleSetVersion> city = versionInForce(RuleSetVersion.CITY, date);
        Map<RuleParameter, String> values = new EnumMap<>(RuleParameter.class);
        city.ifPresent(v -> values.putAll(v.overrides()));
        if (RuleSetVersion.CITY.equals(tenant)) {
            return new RuleSet(tenant, date, city.map(RuleSetVersion::version).orElse(0), 0, values);
        }
        Optional<RuleSetVersion> local = versionInForce(tenant, date);
        local.ifPresent(v -> values.putAll(v.overrides()));
        return new RuleSet(tenant, date, city.map(RuleSetVersion::version).orElse(0),
                local.map(RuleSetVersion::version).orElse(0), values);
    }

    /** Every version the tenant has published, oldest first. */
    @Transactional(readOnly = true)
    public List<RuleSetVersion> versions(String tenant) {
        return jdbc.sql("""
                        SELECT tenant_code, version, effective_from, overrides, note, created_by, created_at
                        FROM platform.rule_set_version WHERE tenant_code = ? ORDER BY version""")
                .param(tenant).query(RuleSetService::map).list();
    }

    /**
     * Publishes a new version of the current tenant's rule set. {@code overrides} is the whole set of
     * parameters the tenant sets itself from {@code effectiveFrom} on; a parameter left out is
     * inherited. A version cannot take effect in the past: steps already judged stay judged. A parameter
     * the regulation binds every district to cannot be loosened, not even in the baseline (Art. 38).
     */
    @Transactional
    public RuleSetVersion publish(LocalDate effectiveFrom, Map<String, String> overrides, String note) {
        String tenant = TenantContext.require().code();
        Actor actor = CurrentUser.actor();
        // Art. 41: the district's own IT office (its tenant admin) issues its local measures.
        actor.require("R41", Role.TENANT_ADMIN);
        if (effectiveFrom == null || effectiveFrom.isBefore(today())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "rules.effectiveInPast", "R41", "effectiveFrom");
        }
        Map<RuleParameter, String> parsed = new EnumMap<>(RuleParameter.class);
        overrides.forEach((name, value) -> {
            RuleParameter p = parameter(name);
            parsed.put(p, p.normalize(value).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                    "rules.badValue", p.article(), "overrides." + name, value,
                    p.label(LocaleContextHolder.getLocale()), p.range())));
        });
        parsed.forEach((p, value) -> {
            // Art. 38 binds every county, district and development zone; the city's baseline is what they inherit.
            if (!p.permits(value)) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                        RuleSetVersion.CITY.equals(tenant) ? "rules.locked.city" : "rules.locked", "R38",
                        "overrides." + p.name(), p.label(LocaleContextHolder.getLocale()));
            }
        });
        List<RuleSetVersion> existing = versions(tenant);
        if (!existing.isEmpty() && effectiveFrom.isBefore(existing.getLast().effectiveFrom())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "rules.effectiveBeforeLast", "R41", "effectiveFrom",
                    existing.getLast().effectiveFrom());
        }
        int version = existing.isEmpty() ? 1 : existing.getLast().version() + 1;
        Map<String, String> stored = new TreeMap<>();
        parsed.forEach((p, v) -> stored.put(p.name(), v));
        int inserted = jdbc.sql("""
                        INSERT INTO platform.rule_set_version
                            (tenant_code, version, effective_from, overrides, note, created_by, created_at)
                        VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, now()) ON CONFLICT (tenant_code, version) DO NOTHING""")
                .params(tenant, version, effectiveFrom, JSON.writeValueAsString(stored), note, actor.name()).update();
        if (inserted == 0) {
            throw new ApiProblem(HttpStatus.CONFLICT, "problem.conflict", "R41", null);
        }
        audit.record(actor.name(), "RULE_SET_PUBLISHED", tenant, "v" + version + " " + effectiveFrom + " " + stored);
        events.publishEvent(new RuleSetPublished(tenant, version, effectiveFrom, actor.name()));
        return versions(tenant).getLast();
    }

    /**
     * 与市级基准的差异 — each parameter where the tenant's rules in force today differ from the city's,
     * in the order of the rule table.
     */
    @Transactional(readOnly = true)
    public List<Difference> differencesFromBaseline(String tenant) {
        LocalDate today = today();
        return differences(inForce(RuleSetVersion.CITY, today), inForce(tenant, today));
    }

    /** Every tenant's differences from the baseline, for the city's supervision. */
    @Transactional(readOnly = true)
    public Map<String, List<Difference>> differencesOfAllTenants() {
        CitySupervision.require("R40");
        LocalDate today = today();
        RuleSet city = inForce(RuleSetVersion.CITY, today);
        Map<String, List<Difference>> all = new LinkedHashMap<>();
        jdbc.sql("SELECT code FROM platform.tenant WHERE code <> ? ORDER BY code").param(RuleSetVersion.CITY)
                .query(String.class).list()
                .forEach(t -> all.put(t, differences(city, inForce(t, today))));
        return all;
    }

    private static List<Difference> differences(RuleSet city, RuleSet local) {
        List<Difference> differences = new ArrayList<>();
        for (RuleParameter p : RuleParameter.values()) {
            if (!city.value(p).equals(local.value(p))) {
                differences.add(new Difference(p, city.value(p), local.value(p)));
            }
        }
        return differences;
    }

    /** One parameter a district sets differently from the city. */
    public record Difference(RuleParameter parameter, String baseline, String local) {
    }

    static RuleParameter parameter(String name) {
        try {
            return RuleParameter.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "rules.unknownParameter", "R41", "overrides", name);
        }
    }

    private Optional<RuleSetVersion> versionInForce(String tenant, LocalDate date) {
        return jdbc.sql("""
                        SELECT tenant_code, version, effective_from, overrides, note, created_by, created_at
                        FROM platform.rule_set_version WHERE tenant_code = ? AND effective_from <= ?
                        ORDER BY effective_from DESC, version DESC LIMIT 1""")
                .params(tenant, date).query(RuleSetService::map).optional();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private static RuleSetVersion map(ResultSet rs, int row) throws SQLException {
        Map<RuleParameter, String> overrides = new EnumMap<>(RuleParameter.class);
        JSON.readValue(rs.getString("overrides"), MAP).forEach((k, v) -> overrides.put(RuleParameter.valueOf(k), v));
        return new RuleSetVersion(rs.getString("tenant_code"), rs.getInt("version"),
                rs.getObject("effective_from", LocalDate.class), overrides, rs.getString("note"),
                rs.getString("created_by"), BusinessTime.inBeijing(rs.getObject("created_at", OffsetDateTime.class)));
    }
}

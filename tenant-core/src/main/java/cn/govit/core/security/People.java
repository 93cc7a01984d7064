package cn.govit.core.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * 经办人名册 — who the login ids in the records are. A user is remembered from their token (its {@code name},
 * owner units, first role and district) the first time an app instance sees them, and again only when that
 * changed, so a request costs a map lookup and no write; each write is announced as {@link PersonRemembered}.
 */
@Service
public class People {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** What this instance last wrote per user; bounded by the platform's users, not by requests. */
    private final Map<String, Person> remembered = new ConcurrentHashMap<>();

    People(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Keeps the name and unit the user's token gives; called for every authenticated request. */
    public void remember(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            return;
        }
        String username = jwt.getName();
        String name = jwt.getToken().getClaimAsString("name");
        Actor actor = CurrentUser.actor();
        Optional<Tenant> tenant = TenantContext.current();
        Person person = new Person(username, name == null || name.isBlank() ? username : name.strip(),
                actor.ownerUnits().stream().sorted().toList(), actor.roles().stream().sorted().findFirst().orElse(null),
                tenant.map(Tenant::nameZh).orElse(null), tenant.map(Tenant::nameEn).orElse(null));
        if (person.equals(remembered.get(username))) {
            return;
        }
        jdbc.sql("""
                INSERT INTO platform.person (username, name, owner_units, role, district_zh, district_en, seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET name = EXCLUDED.name, owner_units = EXCLUDED.owner_units,
                  role = EXCLUDED.role, district_zh = EXCLUDED.district_zh, district_en = EXCLUDED.district_en,
                  seen_at = EXCLUDED.seen_at""")
                .params(username, person.name(), String.join("\n", person.ownerUnits()),
                        person.role() == null ? null : person.role().name(), person.districtZh(), person.districtEn(),
                        OffsetDateTime.now(clock))
                .update();
        remembered.put(username, person);
        events.publishEvent(new PersonRemembered(actor));
    }

    /** The people behind {@code usernames} in one query; a login id never seen stands for itself. */
    public Map<String, Person> named(Collection<String> usernames) {
        Set<String> wanted = Set.copyOf(usernames.stream().filter(u -> u != null && !u.isBlank()).toList());
        Map<String, Person> people = new HashMap<>();
        if (!wanted.isEmpty()) {
            jdbc.sql("""
                    SELECT username, name, owner_units, role, district_zh, district_en
                    FROM platform.person WHERE username = ANY(?)""")
                    .param(wanted.toArray(String[]::new))
                    .query((rs, i) -> new Person(rs.getString(1), rs.getString(2),
                            rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split("\n")),
                            rs.getString(4) == null ? null : Role.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                    .list().forEach(p -> people.put(p.username(), p));
        }
        wanted.forEach(u -> people.putIfAbsent(u, Person.unknown(u)));
        return people;
    }
}

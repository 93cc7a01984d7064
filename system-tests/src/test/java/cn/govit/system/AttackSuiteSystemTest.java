package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.DemoProjects;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.LoginBrowser;
import cn.govit.devstack.OversizedUpload;
import cn.govit.devstack.Platform;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 攻击测试 — requests an attacker would send, across tenants and roles, each at the hop it targets: ids of another
 * tenant on every endpoint that takes one, forged tenant headers, tokens of another client, ID tokens, expired,
 * tampered and unsigned tokens, steps, opinions and uploads of a role the article does not name (Art. 4), a session
 * cookie's POST from a foreign origin, oversized and mislabelled uploads, path traversal and header injection in
 * file names, SQL in free text. Each case asserts the refusal (or, where the product accepts the input, that it is
 * stored inert), that no table of 东湖区, 西湖区, the city or the platform changed (row count and content digest of
 * each), and that the answer carries no other tenant's data. Prints the count and the result.
 */
class AttackSuiteSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MINIMUM_CASES = 50;
    private static final String DONGHU_UNIT = "东湖区数据资源管理局";
    /**
     * Written after the answer by listeners of committed events (notifications, the libraries' and the city roll-up's
     * read models — an earlier case's accepted input may still be on its way there), at a user's first request (the
     * people seen) or for any request worth a trace (the tenants' and the platform's {@code audit_event}, which may
     * record refused access); and by the roll-up's scheduled jobs, whenever they run (the outbox's
     * {@code event_publication}, their locks in {@code shedlock}). Every other table of the four schemas must not move.
     */
    private static final List<String> WRITTEN_BY_READS = List.of("notification", "library_", "audit_event", "rollup_",
            "person", "event_publication", "shedlock");
    private static final List<String> SCHEMAS = List.of("t_donghu", "t_xihu", "t_city", "platform");
    private static final byte[] PDF = "%PDF-1.4\n% attack suite\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger INERT = new AtomicInteger();
    private static final AtomicInteger CHANGED = new AtomicInteger();
    private static final AtomicInteger LEAKS = new AtomicInteger();
    private static final AtomicInteger OTHER = new AtomicInteger();
    private static final Map<String, Integer> GROUPS = new LinkedHashMap<>();

    /** An HTTP answer: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst().orElse(null);
        }

        JsonNode json() {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        }
    }

    /**
     * One attack: its group and name (the article or control it tests), the tenant the attacker belongs to (null:
     * none), the request, the refusals that are right, whether the refusal is a Problem, and — for input the product
     * may accept — what makes the stored result inert and the tables it may write to.
     */
    record Attack(String group, String name, String attackerTenant, Supplier<Answer> request, Set<Integer> refusals,
                  boolean problem, Consumer<Answer> inert, List<String> mayChange) {

        static Attack refused(String group, String name, String tenant, Supplier<Answer> request, int... statuses) {
            return new Attack(group, name, tenant, request, Arrays.stream(statuses).boxed().collect(Collectors.toSet()),
                    !(statuses.length == 1 && statuses[0] == 401), null, List.of());
        }

        static Attack inertOrRefused(String group, String name, String tenant, Supplier<Answer> request,
                                     Consumer<Answer> inert, List<String> mayChange, int... statuses) {
            return new Attack(group, name, tenant, request, Arrays.stream(statuses).boxed().collect(Collectors.toSet()),
                    true, inert, mayChange);
        }
    }

    /** The 东湖区 and 西湖区 objects the attacks aim at, made through the API as their officers do. */
    private record Fixture(String submitted, String underReview, String reserve, String selfSupervised, String draft,
                           String reviewDocument, String planDocument, String xihuDraft, String unitId, String systemId,
                           Map<String, Set<String>> markers) {
    }

    @TestFactory
    Stream<DynamicTest> everyAttackIsRefusedChangesNothingAndLeaksNothing() throws Exception {
        Platform platform = SystemUnderTest.platform();
        Fixture f = arrange(platform);
        List<Attack> attacks = attacks(platform, f);
        assertThat(attacks).as("attack cases").hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
        Snapshots snapshots = new Snapshots();
        return attacks.stream().map(a -> dynamicTest("[" + a.group() + "] " + a.name(), () -> run(a, f, snapshots)));
    }

    @AfterAll
    static void printTheResult() {
        System.out.println("attack suite: " + CASES + " cases, " + REFUSED + " refused as expected, " + INERT
                + " accepted and stored inert, " + CHANGED + " changed data, " + LEAKS + " leaks"
                + (OTHER.get() > 0 ? ", " + OTHER + " answered otherwise" : ""));
        GROUPS.forEach((group, count) -> System.out.println("  " + group + ": " + count));
        assertThat(CASES.get()).as("attack cases run").isGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    private static void run(Attack attack, Fixture f, Snapshots snapshots) {
        try {
            check(attack, f, snapshots);
        } catch (AssertionError e) {
            throw new AssertionError(attack.name() + ": " + e.getMessage(), e);
        }
    }

    private static void check(Attack attack, Fixture f, Snapshots snapshots) {
        CASES.incrementAndGet();
        synchronized (GROUPS) {
            GROUPS.merge(attack.group(), 1, Integer::sum);
        }
        Map<String, String> before = snapshots.take();
        Answer answer = attack.request().get();
        Map<String, String> after = snapshots.take();
        List<String> changed = after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();

        Set<String> foreign = new HashSet<>();
        f.markers().forEach((tenant, markers) -> {
            if (!tenant.equals(attack.attackerTenant())) {
                foreign.addAll(markers);
            }
        });
        List<String> leaked = foreign.stream().filter(m -> answer.body() != null && answer.body().contains(m)).toList();
        if (!leaked.isEmpty()) {
            LEAKS.incrementAndGet();
        }
        assertThat(leaked).as("another tenant's data in the answer %s", answer.body()).isEmpty();

        if (attack.refusals().contains(answer.status())) {
            if (!changed.isEmpty()) {
                CHANGED.incrementAndGet();
            }
            assertThat(changed).as("tables changed by a refused request").isEmpty();
            if (attack.problem()) {
                assertThat(answer.header("content-type")).as("a Problem (%s): %s", answer.status(), answer.body())
                        .startsWith("application/problem+json");
                assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
            } else {
                assertThat(answer.header("www-authenticate")).as("a bearer challenge").startsWith("Bearer");
            }
            REFUSED.incrementAndGet();
            return;
        }
        if (attack.inert() != null && answer.status() / 100 == 2) {
            List<String> unexpected = changed.stream()
                    .filter(t -> attack.mayChange().stream().noneMatch(t::startsWith)).toList();
            if (!unexpected.isEmpty()) {
                CHANGED.incrementAndGet();
            }
            assertThat(unexpected).as("tables changed beside the stored input").isEmpty();
            attack.inert().accept(answer);
            INERT.incrementAndGet();
            return;
        }
        OTHER.incrementAndGet();
        if (!changed.isEmpty()) {
            CHANGED.incrementAndGet();
        }
        throw new AssertionError("expected " + attack.refusals() + " but got " + answer.status() + " "
                + answer.headers().get("content-type") + " " + answer.body() + (changed.isEmpty() ? "" : "; changed " + changed));
    }

    // ------------------------------------------------------------------ the attacks

    private static List<Attack> attacks(Platform platform, Fixture f) {
        String gateway = platform.gatewayUrl();
        String app = platform.appUrl();
        String provisioning = platform.provisioningUrl();
        List<Attack> all = new ArrayList<>();
        String project = "/api/v1/projects/";

        // Tokens the platform did not issue for itself, or changed after signing: 401 at every hop (ASVS V3.5).
        Map<String, String> tokens = new LinkedHashMap<>(ForeignTokens.of(TestServices.keycloak(), "dh-officer"));
        String own = token("dh-officer");
        tokens.put("expired (exp moved back an hour, signature now wrong)",
                withClaims(own, c -> c.replaceFirst("\"exp\":\\d+", "\"exp\":" + (Instant.now().getEpochSecond() - 3600))));
        tokens.put("unsigned (alg none)", unsigned(own));
        tokens.put("西湖区 token claiming 东湖区's organization", withClaims(token("xh-officer"),
                c -> c.replace("\"xihu\"", "\"donghu\"")));
        tokens.put("signature of another token", own.substring(0, own.lastIndexOf('.') + 1)
                + token("dh-bureau").substring(token("dh-bureau").lastIndexOf('.') + 1));
        Map<String, Object> draftBody = application("东湖区伪造令牌草稿");
        tokens.forEach((what, token) -> {
            all.add(Attack.refused("tokens", what + " → gateway: create a project", null,
                    () -> send(gateway, "POST", "/api/v1/projects", token, Map.of(), json(draftBody)), 401));
            all.add(Attack.refused("tokens", what + " → app directly: create a project", null,
                    () -> send(app, "POST", "/api/v1/projects", token, Map.of(), json(draftBody)), 401));
            all.add(Attack.refused("tokens", what + " → provisioning directly: offboard 西湖区", null,
                    () -> send(provisioning, "POST", "/api/v1/tenants/xihu/offboarding", token, Map.of(), json(Map.of())),
                    401));
        });

        // 西湖区's officer guessing 东湖区's ids: absent, 404, never 403 (the tenant comes from the token only).
        String xh = "xh-officer";
        String ur = f.underReview();
        Map<String, String[]> guesses = new LinkedHashMap<>();
        guesses.put("read a project", new String[] {"GET", project + ur, null});
        guesses.put("edit a project", new String[] {"PUT", project + ur,
                json(Map.of("version", 0, "application", application("西湖区改写的标题")))});
        guesses.put("delete a draft", new String[] {"DELETE", project + f.draft() + "?version=0", null});
        guesses.put("read a project's findings", new String[] {"GET", project + ur + "/findings", null});
        guesses.put("read a project's history", new String[] {"GET", project + ur + "/history", null});
        guesses.put("list documents", new String[] {"GET", project + ur + "/documents", null});
        guesses.put("read a document", new String[] {"GET", project + ur + "/documents/" + f.planDocument(), null});
        guesses.put("download a document", new String[] {"GET", project + ur + "/documents/" + f.planDocument() + "/content", null});
        guesses.put("list opinions", new String[] {"GET", project + ur + "/opinions", null});
        guesses.put("list steps", new String[] {"GET", project + ur + "/steps", null});
        guesses.put("list actions", new String[] {"GET", project + ur + "/actions", null});
        guesses.put("read the timeline", new String[] {"GET", project + ur + "/timeline", null});
        guesses.put("read the deadlines", new String[] {"GET", project + ur + "/deadlines", null});
        guesses.put("take a step", new String[] {"POST", project + f.submitted() + "/steps",
                json(Map.of("action", "WITHDRAW", "version", 1, "explanation", "西湖区撤回"))});
        guesses.put("read an owner unit", new String[] {"GET", "/api/v1/owner-units/" + f.unitId(), null});
        guesses.put("read an inventory system", new String[] {"GET", "/api/v1/inventory/systems/" + f.systemId(), null});
        guesses.put("report an inventory system migrated", new String[] {"POST",
                "/api/v1/inventory/systems/" + f.systemId() + "/completion", json(Map.of("version", 0))});
        guesses.forEach((what, r) -> all.add(Attack.refused("id guessing across tenants", "R4 西湖区 officer: " + what
                + " of 东湖区", "xihu", () -> send(gateway, r[0], r[1], token(xh), Map.of(), r[2]), 404)));
        all.add(Attack.refused("id guessing across tenants", "R9 西湖区 bureau: read a 东湖区 project's library history", "xihu",
                () -> send(gateway, "GET", "/api/v1/libraries/projects/" + f.reserve() + "/history", token("xh-bureau"),
                        Map.of(), null), 404));
        all.add(Attack.refused("id guessing across tenants", "R4 西湖区 bureau: rename a 东湖区 owner unit", "xihu",
                () -> send(gateway, "PUT", "/api/v1/owner-units/" + f.unitId(), token("xh-bureau"), Map.of(),
                        json(Map.of("name", "西湖区夺取的单位", "version", 0))), 404));
        all.add(Attack.refused("id guessing across tenants", "R4 西湖区 bureau: issue the technical review opinion on a 东湖区 project",
                "xihu", () -> send(gateway, "POST", project + ur + "/opinions", token("xh-bureau"), Map.of(),
                        json(Map.of("kind", "TECHNICAL_REVIEW", "verdict", "APPROVED", "documentId", f.reviewDocument()))), 404));
        all.add(Attack.refused("id guessing across tenants", "R4 西湖区 officer: upload to a 东湖区 project", "xihu",
                () -> upload(gateway, "xh-officer", ur, "APPLICATION_PLAN", "plan.pdf", "application/pdf", PDF), 404));
        all.add(Attack.refused("id guessing across tenants", "R4 东湖区 officer: read a 西湖区 draft", "donghu",
                () -> send(gateway, "GET", project + f.xihuDraft(), token("dh-officer"), Map.of(), null), 404));
        all.add(Attack.refused("id guessing across tenants", "R4 西湖区 officer at the app directly: read a 东湖区 project",
                "xihu", () -> send(app, "GET", project + ur, token(xh), Map.of(), null), 404));
        all.add(Attack.refused("id guessing across tenants", "R40 city bureau through the tenant API: read a 东湖区 project",
                "city", () -> send(gateway, "GET", project + ur, token("nc-bureau"), Map.of(), null), 404));
        all.add(Attack.refused("id guessing across tenants", "R40 city supervisor: a 西湖区 project under 东湖区's code", "city",
                () -> send(gateway, "GET", "/api/v1/supervision/tenants/donghu/projects/" + f.xihuDraft(), token("nc-bureau"),
                        Map.of(), null), 404));
        all.add(Attack.refused("id guessing across tenants", "R40 city supervisor: verify a 东湖区 system as 西湖区's", "city",
                () -> send(gateway, "POST", "/api/v1/inventory/districts/xihu/systems/" + f.systemId() + "/verification",
                        token("nc-bureau"), Map.of(), json(Map.of("note", "核验"))), 404));
        all.add(Attack.refused("id guessing across tenants", "random project id", "donghu",
                () -> send(gateway, "GET", project + UUID.randomUUID(), token("dh-officer"), Map.of(), null), 404));

        // A tenant header the attacker writes itself: stripped at the gateway, never read by the app.
        for (String header : List.of("X-GovIT-Tenant", "X-Tenant-Id", "X-Tenant")) {
            all.add(Attack.refused("forged tenant headers", header + ": donghu with a 西湖区 token → gateway: read a 东湖区 project",
                    "xihu", () -> send(gateway, "GET", project + ur, token(xh), Map.of(header, "donghu"), null), 404));
        }
        all.add(Attack.refused("forged tenant headers", "X-GovIT-Tenant: donghu with a 西湖区 token → app directly: take a step",
                "xihu", () -> send(app, "POST", project + f.submitted() + "/steps", token(xh), Map.of("X-GovIT-Tenant", "donghu"),
                        json(Map.of("action", "WITHDRAW", "version", 1, "explanation", "伪造"))), 404));
        all.add(Attack.refused("forged tenant headers", "platform admin with X-GovIT-Tenant: donghu → gateway: list projects",
                null, () -> send(gateway, "GET", "/api/v1/projects", token("platform-admin"),
                        Map.of("X-GovIT-Tenant", "donghu"), null), 403));
        all.add(Attack.refused("forged tenant headers", "platform admin with X-GovIT-Tenant: donghu → app directly: create a project",
                null, () -> send(app, "POST", "/api/v1/projects", token("platform-admin"),
                        Map.of("X-GovIT-Tenant", "donghu"), json(draftBody)), 403));

        // Steps only another role may take (Art. 4 names who does what; the stage is the right one each time).
        record Escalation(String article, String user, String who, String projectId, String action) {
        }
        List<Escalation> steps = List.of(
                new Escalation("R8", "dh-officer", "owner unit's officer", f.submitted(), "ENDORSE"),
                new Escalation("R7", "dh-officer", "owner unit's officer", f.submitted(), "SELF_SUPERVISE"),
                new Escalation("R13", "dh-officer", "owner unit's officer", f.submitted(), "REQUEST_EXCEPTIONAL"),
                new Escalation("R10", "dh-expert", "expert", f.submitted(), "RETURN_FOR_REVISION"),
                new Escalation("R8", "dh-finance", "finance bureau", f.submitted(), "ENDORSE"),
                new Escalation("R10", "dh-officer", "owner unit's officer", ur, "PASS_REVIEW"),
                new Escalation("R10", "dh-dept", "competent department", ur, "PASS_REVIEW"),
                new Escalation("R10", "dh-expert", "expert", ur, "PASS_REVIEW"),
                new Escalation("R10", "dh-secrecy", "secrecy bureau", ur, "PASS_REVIEW"),
                new Escalation("R12", "dh-officer", "owner unit's officer", f.reserve(), "INCLUDE_IN_ANNUAL_PLAN"),
                new Escalation("R12", "dh-dept", "competent department", f.reserve(), "INCLUDE_IN_ANNUAL_PLAN"),
                new Escalation("R35", "dh-officer", "owner unit's officer", f.reserve(), "SUSPEND"),
                new Escalation("R35", "dh-dept", "competent department", f.reserve(), "TERMINATE"),
                new Escalation("R18", "dh-dept", "competent department", f.selfSupervised(), "START_PROCUREMENT"),
                new Escalation("R18", "dh-bureau", "bureau", f.selfSupervised(), "START_PROCUREMENT"),
                new Escalation("R8", "dh-dept", "competent department", f.draft(), "SUBMIT"),
                new Escalation("R8", "dh-admin", "tenant admin", f.draft(), "SUBMIT"));
        for (Escalation e : steps) {
            all.add(Attack.refused("role escalation: steps", e.article() + " " + e.action() + " by the " + e.who(), "donghu",
                    () -> send(gateway, "POST", project + e.projectId() + "/steps", token(e.user()), Map.of(),
                            json(Map.of("action", e.action(), "version", version(e.projectId()), "explanation", "越权操作"))),
                    403));
        }
        all.add(Attack.refused("role escalation: steps", "R4 SUBMIT of another owner unit's draft (东湖区教育体育局's officer)",
                "donghu", () -> send(gateway, "POST", project + f.draft() + "/steps", token("dh-edu-officer"), Map.of(),
                        json(Map.of("action", "SUBMIT", "version", version(f.draft())))), 403));

        // Opinions of an authority issued by someone else (the document is the project's own, so only the role is wrong).
        String[][] opinionBy = {
            {"R8.10", "SECRECY", "dh-officer", "owner unit's officer"},
            {"R8.10", "STATE_SECURITY", "dh-secrecy", "secrecy bureau"},
            {"R8.10", "CIVIL_AIR_DEFENCE", "dh-cyber", "cyberspace office"},
            {"R34", "CYBERSECURITY", "dh-airdefence", "civil air defence office"},
            {"R10", "TECHNICAL_REVIEW", "dh-expert", "expert"},
            {"R10", "CONSTRUCTION_OPINION_LETTER", "dh-dept", "competent department"},
            {"R10", "GOVERNMENT_INVESTMENT_PLAN", "dh-approval", "approval bureau"},
            {"R4", "NDRC_PRE_CONSULTATION", "dh-finance", "finance bureau"},
            {"R14", "FUND_SOURCE", "dh-bureau", "big data bureau"},
            {"R8.9", "UPWARD_CONSENT", "dh-officer", "owner unit's officer"},
            {"R15", "CENTRALISATION_EXCEPTION", "dh-admin", "tenant admin"},
            {"R13", "EXCEPTIONAL_APPROVAL", "dh-dept", "competent department"}};
        for (String[] o : opinionBy) {
            all.add(Attack.refused("role escalation: opinions", o[0] + " " + o[1] + " opinion by the " + o[3], "donghu",
                    () -> send(gateway, "POST", project + ur + "/opinions", token(o[2]), Map.of(),
                            json(Map.of("kind", o[1], "verdict", "APPROVED", "documentId", f.planDocument()))), 403));
        }

        // Every upload type reserved to an authority, by the owner unit's officer of the project (Art. 4).
        for (String type : List.of("TECHNICAL_REVIEW_OPINION", "CONSTRUCTION_OPINION_LETTER", "GOVERNMENT_INVESTMENT_PLAN",
                "EXPERT_OPINION", "FUND_SOURCE_OPINION", "APPROVAL_DOCUMENT", "LEADING_GROUP_MINUTES",
                "EXCEPTIONAL_APPLICATION", "CITY_GOVERNMENT_APPROVAL", "SECRECY_OPINION", "STATE_SECURITY_OPINION",
                "CIVIL_AIR_DEFENCE_OPINION", "UPWARD_TECHNICAL_OPINION", "NDRC_OPINION", "EXCEPTION_OPINION",
                "CYBERSECURITY_OPINION")) {
            all.add(Attack.refused("role escalation: upload types", "R4 " + type + " uploaded by the owner unit's officer",
                    "donghu", () -> upload(gateway, "dh-officer", ur, type, "forged.pdf", "application/pdf", PDF), 403));
        }
        all.add(Attack.refused("role escalation: upload types", "R8.10 SECRECY_OPINION uploaded by the state security bureau",
                "donghu", () -> upload(gateway, "dh-statesecurity", ur, "SECRECY_OPINION", "forged.pdf", "application/pdf", PDF),
                403));

        // Functions of another role or level.
        record Forbidden(String what, String user, String tenant, String base, String method, String path, String body) {
        }
        List<Forbidden> forbidden = List.of(
                new Forbidden("R41 owner unit's officer publishes a rule-set version", "dh-officer", "donghu", gateway, "POST",
                        "/api/v1/rules/versions", json(Map.of("effectiveFrom", "2099-01-01", "overrides", Map.of()))),
                new Forbidden("R40 district bureau reads another district's supervision page", "dh-bureau", "donghu", gateway,
                        "GET", "/api/v1/supervision/tenants/xihu", null),
                new Forbidden("R40 西湖区 officer reads 东湖区's supervision units", "xh-officer", "xihu", gateway, "GET",
                        "/api/v1/supervision/tenants/donghu/units", null),
                new Forbidden("R40 tenant admin reads the city overview", "dh-admin", "donghu", gateway, "GET",
                        "/api/v1/supervision/overview", null),
                new Forbidden("R40 district bureau reads every district's rule differences", "dh-bureau", "donghu", gateway,
                        "GET", "/api/v1/rules/differences", null),
                new Forbidden("R40 district bureau rebuilds the city roll-up", "dh-bureau", "donghu", gateway, "POST",
                        "/api/v1/admin/rollup/rebuild", null),
                new Forbidden("R12 owner unit's officer calls a leading-group meeting", "dh-officer", "donghu", gateway, "POST",
                        "/api/v1/plan/meetings", json(Map.of("heldOn", "2026-01-05", "title", "越权会议", "projectIds", List.of(f.reserve())))),
                new Forbidden("R10 owner unit's officer adds an expert", "dh-officer", "donghu", gateway, "POST",
                        "/api/v1/review/experts", json(Map.of("name", "冒名专家", "kind", "EXPERT", "specialties", List.of("软件"),
                                "employer", "冒名公司"))),
                new Forbidden("R33 owner unit's officer proposes a sanction", "dh-officer", "donghu", gateway, "POST",
                        "/api/v1/compliance/sanctions", json(Map.of("ownerUnit", DONGHU_UNIT, "reason", "越权"))),
                new Forbidden("R40 district bureau verifies its own migration", "dh-bureau", "donghu", gateway, "POST",
                        "/api/v1/inventory/districts/donghu/systems/" + f.systemId() + "/verification", json(Map.of())),
                new Forbidden("onboarding by a tenant admin", "dh-admin", "donghu", gateway, "POST", "/api/v1/tenants",
                        json(Map.of("code", "attack-zone", "nameZh", "<svg onload=alert(1)>", "level", "DISTRICT",
                                "parentCode", "city", "adminUsername", "attack-admin", "adminPassword", "Attack-Suite-2026"))),
                new Forbidden("offboarding 西湖区 by the city bureau", "nc-bureau", "city", gateway, "POST",
                        "/api/v1/tenants/xihu/offboarding", json(Map.of())),
                new Forbidden("exporting 东湖区's schema by its tenant admin, at provisioning directly", "dh-admin", "donghu",
                        provisioning, "GET", "/api/v1/tenants/donghu/export", null),
                new Forbidden("moving 东湖区's database by its tenant admin", "dh-admin", "donghu", gateway, "PUT",
                        "/api/v1/tenants/donghu/database", json(Map.of("jdbcUrl", "jdbc:postgresql://evil.example/x"))));
        for (Forbidden x : forbidden) {
            all.add(Attack.refused("role escalation: functions", x.what(), x.tenant(),
                    () -> send(x.base(), x.method(), x.path(), token(x.user()), Map.of(), x.body()), 403));
        }
        all.add(Attack.refused("role escalation: functions", "R38 tenant admin loosens the mandatory gov-extranet rule",
                "donghu", () -> send(gateway, "POST", "/api/v1/rules/versions", token("dh-admin"), Map.of(),
                        json(Map.of("effectiveFrom", "2099-01-01", "overrides", Map.of("R8_2_GOV_EXTRANET_REQUIRED", "false")))),
                400, 409, 422));

        // A browser session's cookie sent by another site's page (ASVS V4.2.2).
        Supplier<LoginBrowser> session = sessionOf(gateway, "dh-officer");
        all.add(Attack.refused("CSRF", "session POST from https://evil.example without the token: create a project", "donghu",
                () -> csrf(session.get(), gateway + "/api/v1/projects", null, json(draftBody)), 403));
        all.add(Attack.refused("CSRF", "session POST from https://evil.example with a guessed token: take a step", "donghu",
                () -> csrf(session.get(), gateway + project + f.submitted() + "/steps", "guessed",
                        json(Map.of("action", "WITHDRAW", "version", version(f.submitted()), "explanation", "跨站"))), 403));
        all.add(Attack.refused("CSRF", "session DELETE of a draft from https://evil.example", "donghu",
                () -> csrfDelete(session.get(), gateway + project + f.draft() + "?version=" + version(f.draft())), 403));

        // Uploads too large, empty or not what they say (the owner unit's own project and type: only the file is wrong).
        all.add(Attack.refused("uploads", "27 MB through the gateway (over its 26 MB limit)", "donghu",
                () -> oversized(gateway, ur, 27L * 1024 * 1024), 413));
        all.add(Attack.refused("uploads", "21 MB at the app directly (over the 20 MB document limit)", "donghu",
                () -> upload(app, "dh-officer", ur, "OTHER", "big.pdf", "application/pdf", big(21 * 1024 * 1024)), 413));
        all.add(Attack.refused("uploads", "a Windows executable named .pdf, declared application/pdf", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "report.pdf", "application/pdf", exe()), 415));
        all.add(Attack.refused("uploads", "a PDF declared application/x-msdownload", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "setup.exe", "application/x-msdownload", PDF), 415));
        all.add(Attack.refused("uploads", "an SVG with a script declared image/png", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "chart.png", "image/png",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)), 415));
        all.add(Attack.refused("uploads", "GBK bytes declared text/plain (not UTF-8)", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "note.txt", "text/plain",
                        "东湖区".getBytes(java.nio.charset.Charset.forName("GBK"))), 415));
        all.add(Attack.refused("uploads", "an empty file", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "empty.pdf", "application/pdf", new byte[0]), 400));
        all.add(Attack.refused("uploads", "an unknown document type", "donghu",
                () -> upload(gateway, "dh-officer", ur, "../../etc/passwd", "plan.pdf", "application/pdf", PDF), 400));

        // File names that climb out of a directory or break the download's header: stored by their last segment only.
        List<String> documentTables = List.of("t_donghu.project_document");
        Map<String, String> names = new LinkedHashMap<>();
        names.put("../../etc/passwd", "passwd");
        names.put("..\\..\\windows\\win.ini", "win.ini");
        names.put("/var/lib/postgresql/data/pg_hba.conf", "pg_hba.conf");
        names.put("plan\u0000.pdf.exe", "plan.pdf.exe");
        for (Map.Entry<String, String> name : names.entrySet()) {
            all.add(Attack.inertOrRefused("path traversal in file names", "file name " + printable(name.getKey()), "donghu",
                    () -> upload(gateway, "dh-officer", ur, "OTHER", name.getKey(), "text/plain",
                            "攻击测试".getBytes(StandardCharsets.UTF_8)),
                    stored -> assertStoredAs(gateway, ur, stored, name.getValue()), documentTables, 400));
        }
        all.add(Attack.refused("path traversal in file names", "file name ..", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "..", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 400));
        all.add(Attack.inertOrRefused("injection: Content-Disposition", "file name with a quote, CR LF and a header (RFC 5987)",
                "donghu", () -> uploadRfc5987(gateway, ur, "evil\"\r\nX-Injected: 1\r\n.txt"),
                stored -> assertStoredAs(gateway, ur, stored, "evil\"X-Injected: 1.txt"), documentTables, 400));
        all.add(Attack.inertOrRefused("injection: Content-Disposition", "file name with a quote and a semicolon parameter",
                "donghu", () -> upload(gateway, "dh-officer", ur, "OTHER", "a.txt; filename=evil.exe", "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8)),
                stored -> assertStoredAs(gateway, ur, stored, "a.txt; filename=evil.exe"), documentTables, 400));
        all.add(Attack.inertOrRefused("uploads", "an HTML page with a script declared text/plain", "donghu",
                () -> upload(gateway, "dh-officer", ur, "OTHER", "page.html", "text/plain",
                        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8)),
                stored -> {
                    Answer download = send(gateway, "GET", project + ur + "/documents/" + stored.json().get("id").asString()
                            + "/content", token("dh-officer"), Map.of(), null);
                    assertThat(download.header("content-type")).startsWith("text/plain");
                    assertThat(download.header("x-content-type-options")).isEqualTo("nosniff");
                    assertThat(download.header("content-disposition")).startsWith("attachment");
                }, documentTables, 415));

        // SQL and markup in free text: refused or kept as text, never run (ASVS V5.3.4).
        List<String> projectTables = List.of("t_donghu.");
        for (String title : List.of("东湖区注入测试'); DROP TABLE t_xihu.project; --", "东湖区注入测试<svg onload=alert(1)>",
                "东湖区注入测试\"\r\nX-Injected: 1")) {
            all.add(Attack.inertOrRefused("injection: SQL and markup", "project title " + printable(title), "donghu",
                    () -> send(gateway, "POST", "/api/v1/projects", token("dh-officer"), Map.of(), json(application(title))),
                    created -> {
                        Answer read = send(gateway, "GET", project + created.json().get("id").asString(), token("dh-officer"),
                                Map.of(), null);
                        assertThat(read.json().get("project").get("title").asString()).isEqualTo(title);
                        assertThat(read.header("x-injected")).isNull();
                        assertThat(read.header("content-type")).startsWith("application/json");
                    }, projectTables, 400));
        }
        for (String q : List.of("' OR '1'='1", "%' OR 1=1 --", "'; SET search_path TO t_donghu; --")) {
            all.add(Attack.inertOrRefused("injection: SQL and markup", "西湖区 project search " + q, "xihu",
                    () -> send(gateway, "GET", "/api/v1/projects?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token(xh),
                            Map.of(), null), AttackSuiteSystemTest::searchedAsText, List.of(), 400));
        }
        all.add(Attack.inertOrRefused("injection: SQL and markup", "西湖区 owner-unit search ' OR 1=1 --", "xihu",
                () -> send(gateway, "GET", "/api/v1/owner-units?q=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8),
                        token("xh-bureau"), Map.of(), null), AttackSuiteSystemTest::searchedAsText, List.of(), 400));
        String sqlCode = URLEncoder.encode("donghu'; DROP SCHEMA t_xihu CASCADE; --", StandardCharsets.UTF_8).replace("+", "%20");
        for (String[] hop : new String[][] {{"gateway", gateway}, {"app directly", app}}) {
            all.add(Attack.refused("injection: SQL and markup", "city supervisor → " + hop[0] + ": tenant code with SQL",
                    "city", () -> send(hop[1], "GET", "/api/v1/supervision/tenants/" + sqlCode, token("nc-bureau"), Map.of(),
                            null), 400, 404));
        }
        // The one free text an SVG of the platform shows: a tenant's name, in its flowchart and the city's charts.
        String svgTenant = "attack-svg";
        String svgName = "攻击测试区<svg onload=alert(1)></text><script>alert(2)</script>";
        all.add(Attack.inertOrRefused("injection: SVG", "tenant name " + svgName + " in the approval flowchart", null,
                () -> send(gateway, "POST", "/api/v1/tenants", token("platform-admin"), Map.of(), json(Map.of("code", svgTenant,
                        "nameZh", svgName, "nameEn", "Attack \"><script>alert(3)</script>", "level", "DISTRICT",
                        "parentCode", "city", "adminUsername", svgTenant + "-admin", "adminPassword", "Attack-Suite-2026",
                        "adminPasswordTemporary", false))),
                onboarded -> assertInertSvg(gateway, svgTenant + "-admin", svgName), List.of("platform."), 400));
        return all;
    }

    /** The flowchart as the new tenant's admin gets it: well-formed SVG, the name as text, no script or handler. */
    private static void assertInertSvg(String gateway, String admin, String name) {
        Answer chart = send(gateway, "GET", "/api/v1/rules/flowchart.svg",
                Tokens.password(TestServices.keycloak().issuerUri(), admin, "Attack-Suite-2026"),
                Map.of("Accept", "image/svg+xml"), null);
        assertThat(chart.status()).as(chart.body()).isEqualTo(200);
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var svg = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    chart.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(svg.getElementsByTagName("script").getLength()).isZero();
            assertThat(svg.getElementsByTagName("svg").getLength()).as("one svg element, the chart").isEqualTo(1);
            assertThat(svg.getDocumentElement().getTextContent()).contains(name);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
            throw new AssertionError("the flowchart is not well-formed SVG: " + e.getMessage(), e);
        }
        assertThat(chart.body()).doesNotContain("<script", "<svg onload");
    }

    // ------------------------------------------------------------------ the fixture

    private static Fixture arrange(Platform platform) {
        var as = (java.util.function.Function<String, ApiClient>) u -> new ApiClient(platform.gatewayUrl(), token(u));
        String department = "东湖区人民政府办公室";
        String submitted = DemoProjects.create(as, new DemoProjects.DemoProject("dh-officer",
                DemoProjects.complete("东湖区攻击测试·已报送", DONGHU_UNIT, department, "1680000.00", 2027, "NEW"),
                List.of(DemoProjects.submit("dh"))));
        String underReview = DemoProjects.create(as, new DemoProjects.DemoProject("dh-officer",
                DemoProjects.complete("东湖区攻击测试·审查中", DONGHU_UNIT, department, "1680000.00", 2027, "NEW"),
                List.of(DemoProjects.submit("dh"), new DemoProjects.Step("dh-dept", "ENDORSE", null, null),
                        new DemoProjects.Opinion("dh-bureau", "TECHNICAL_REVIEW", "TECHNICAL_REVIEW_OPINION"))));
        String reserve = DemoProjects.create(as, new DemoProjects.DemoProject("dh-officer",
                DemoProjects.complete("东湖区攻击测试·储备库", DONGHU_UNIT, department, "2860000.00", 2027, "RENOVATION"),
                DemoProjects.toReserve("dh")));
        String selfSupervised = DemoProjects.create(as, new DemoProjects.DemoProject("dh-officer",
                DemoProjects.complete("东湖区攻击测试·自行监管", DONGHU_UNIT, department, "260000.00", 2027, "RENOVATION"),
                List.of(DemoProjects.submit("dh"), new DemoProjects.Step("dh-dept", "SELF_SUPERVISE", null, null))));
        String draft = DemoProjects.create(as, new DemoProjects.DemoProject("dh-officer",
                DemoProjects.complete("东湖区攻击测试·草稿", DONGHU_UNIT, department, "880000.00", 2027, "NEW"), List.of()));
        String xihuDraft = DemoProjects.create(as, new DemoProjects.DemoProject("xh-officer",
                DemoProjects.complete("西湖区攻击测试·草稿", "西湖区数据资源管理局", "西湖区人民政府办公室", "880000.00", 2027, "NEW"),
                List.of()));
        JsonNode documents = as.apply("dh-officer").get("/api/v1/projects/" + underReview + "/documents").expect(200);
        String plan = documents.valueStream().filter(d -> d.get("type").asString().equals("APPLICATION_PLAN")).findFirst()
                .orElseThrow().get("id").asString();
        String review = documents.valueStream().filter(d -> d.get("type").asString().equals("TECHNICAL_REVIEW_OPINION"))
                .findFirst().orElseThrow().get("id").asString();
        ApiClient bureau = as.apply("dh-bureau");
        String unit = bureau.post("/api/v1/owner-units", Map.of("name", "东湖区攻击测试单位")).expect(201).get("id").asString();
        String system = bureau.post("/api/v1/inventory/systems", Map.of("name", "东湖区攻击测试系统", "ownerUnit",
                "东湖区攻击测试单位", "location", "CITY_CLOUD", "network", "GOV_EXTRANET", "commissionedOn", "2019-05-01",
                "sharingInterface", true, "resources", List.of())).expect(201).get("id").asString();

        // A user's first request records the person and their owner units (at first sight): before the snapshots.
        for (String user : List.of("dh-officer", "dh-edu-officer", "dh-dept", "dh-bureau", "dh-approval", "dh-finance",
                "dh-ndrc", "dh-secrecy", "dh-statesecurity", "dh-airdefence", "dh-cyber", "dh-expert", "dh-admin",
                "xh-officer", "xh-bureau", "nc-bureau", "platform-admin")) {
            as.apply(user).get("/api/v1/projects");
        }
        Map<String, Set<String>> markers = new LinkedHashMap<>();
        markers.put("donghu", titles(as.apply("dh-bureau")));
        markers.get("donghu").addAll(List.of("东湖区攻击测试单位", "东湖区攻击测试系统"));
        markers.put("xihu", titles(as.apply("xh-bureau")));
        markers.put("city", titles(as.apply("nc-bureau")));
        assertThat(markers.get("donghu")).contains("东湖区攻击测试·审查中");
        assertThat(markers.get("xihu")).contains("西湖区攻击测试·草稿");
        return new Fixture(submitted, underReview, reserve, selfSupervised, draft, review, plan, xihuDraft, unit, system,
                markers);
    }

    private static Set<String> titles(ApiClient bureau) {
        return bureau.get("/api/v1/projects").expect(200).valueStream().map(p -> p.get("title").asString())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<String, Object> application(String title) {
        return Map.of("title", title, "kind", "CONSTRUCTION", "ownerUnit", DONGHU_UNIT, "totalInvestment", "450000.00");
    }

    private static long version(String projectId) {
        return new ApiClient(SystemUnderTest.platform().gatewayUrl(), token("dh-bureau")).get("/api/v1/projects/" + projectId)
                .expect(200).get("project").get("version").asLong();
    }

    // ------------------------------------------------------------------ requests

    private static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> Tokens.password(TestServices.keycloak(), u));
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    static Answer send(String base, String method, String path, String token, Map<String, String> headers, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return exchange(request.build());
    }

    private static Answer exchange(HttpRequest request) {
        try {
            return answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        return new Answer(response.statusCode(), headers, response.body());
    }

    private static Answer upload(String base, String user, String projectId, String type, String filename,
                                 String contentType, byte[] content) {
        String disposition = "form-data; name=\"file\"; filename=\"" + filename.replace("\"", "\\\"") + "\"";
        return multipart(base, user, projectId, type, disposition, contentType, content);
    }

    /** The file name as {@code filename*} (RFC 5987), the way to send one with a quote or a line break in it. */
    private static Answer uploadRfc5987(String base, String projectId, String filename) {
        String disposition = "form-data; name=\"file\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return multipart(base, "dh-officer", projectId, "OTHER", disposition, "text/plain",
                "x".getBytes(StandardCharsets.UTF_8));
    }

    private static Answer multipart(String base, String user, String projectId, String type, String disposition,
                                    String contentType, byte[] content) {
        String boundary = "attack-" + UUID.randomUUID();
        byte[][] parts = multipartParts(boundary, type, disposition, contentType);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(parts[0]);
        body.writeBytes(content);
        body.writeBytes(parts[1]);
        return exchange(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/" + projectId + "/documents"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** What comes before and after the file's bytes: the type field and the file part's headers, then the end. */
    private static byte[][] multipartParts(String boundary, String type, String disposition, String contentType) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType + "\r\n\r\n";
        return new byte[][] {head.getBytes(StandardCharsets.UTF_8),
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)};
    }

    private static Answer oversized(String base, String projectId, long size) {
        String boundary = "attack-" + UUID.randomUUID();
        byte[][] parts = multipartParts(boundary, "OTHER", "form-data; name=\"file\"; filename=\"huge.pdf\"", "application/pdf");
        OversizedUpload.Answer answer = OversizedUpload.send("POST", URI.create(base + "/api/v1/projects/" + projectId
                + "/documents"), Map.of("Authorization", "Bearer " + token("dh-officer"), "Accept", "application/json",
                "Content-Type", "multipart/form-data; boundary=" + boundary), parts[0], size, parts[1], false);
        Map<String, List<String>> headers = new TreeMap<>();
        answer.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        return new Answer(answer.status(), headers, answer.body());
    }

    private static byte[] big(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    /** The start of a PE file: the DOS header's {@code MZ}, its stub and the {@code PE} signature. */
    private static byte[] exe() {
        byte[] content = new byte[512];
        content[0] = 'M';
        content[1] = 'Z';
        content[0x3c] = (byte) 0x80;
        content[0x80] = 'P';
        content[0x81] = 'E';
        return content;
    }

    private static void assertStoredAs(String gateway, String projectId, Answer stored, String expectedName) {
        String id = stored.json().get("id").asString();
        assertThat(stored.json().get("filename").asString()).isEqualTo(expectedName);
        Answer download = send(gateway, "GET", "/api/v1/projects/" + projectId + "/documents/" + id + "/content",
                token("dh-officer"), Map.of(), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("x-injected")).isNull();
        List<String> dispositions = download.headers().get("content-disposition");
        assertThat(dispositions).hasSize(1);
        String disposition = dispositions.getFirst();
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n", "/");
        assertThat(disposition.replace("\\\"", "")).as("a backslash only to quote a quote").doesNotContain("\\");
        // One file name parameter, quoted or RFC 5987-encoded: no second parameter smuggled in through the name.
        String unquoted = disposition.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        assertThat(unquoted.split(";")).as(disposition).hasSizeLessThanOrEqualTo(3);
    }

    /** A search for SQL found nothing: the text was a search term, not a condition (the leak check sees the rest). */
    private static void searchedAsText(Answer found) {
        assertThat(found.status()).isEqualTo(200);
        JsonNode items = found.json().has("items") ? found.json().get("items") : found.json();
        assertThat(items.isArray()).as(found.body()).isTrue();
        assertThat(items.size()).as("matches of %s", found.body()).isZero();
    }

    private static String printable(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
    }

    // ------------------------------------------------------------------ tokens crafted from real ones

    private static String withClaims(String token, java.util.function.UnaryOperator<String> change) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = change.apply(claims);
        if (changed.equals(claims)) {
            throw new IllegalStateException("nothing to change in " + claims);
        }
        return parts[0] + "." + base64(changed) + "." + parts[2];
    }

    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ a browser session at the gateway

    /** The session of {@code user}, logged in at the first attack that needs it (Keycloak's code exchange retried once). */
    private static Supplier<LoginBrowser> sessionOf(String gateway, String user) {
        LoginBrowser[] held = new LoginBrowser[1];
        return () -> {
            if (held[0] == null) {
                try {
                    held[0] = logIn(gateway, user);
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof HttpTimeoutException)) {
                        throw e;
                    }
                    held[0] = logIn(gateway, user);
                }
                HttpResponse<String> own = held[0].send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/projects"))
                        .header("Accept", "application/json").GET());
                assertThat(own.statusCode()).as("the session itself works").isEqualTo(200);
            }
            return held[0];
        };
    }

    private static LoginBrowser logIn(String gateway, String user) {
        LoginBrowser browser = new LoginBrowser();
        HttpResponse<String> home = browser.get(URI.create(gateway + "/"));
        HttpResponse<String> toKeycloak = browser.get(LoginBrowser.location(home));
        HttpResponse<String> loginPage = browser.get(LoginBrowser.location(toKeycloak));
        URI callback = LoginBrowser.location(browser.logIn(loginPage, user, Tokens.DEMO_PASSWORD));
        browser.get(callback);
        browser.get(URI.create(gateway + "/"));
        return browser;
    }

    private static Answer csrf(LoginBrowser browser, String url, String guessedToken, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Origin", "https://evil.example")
                .header("Referer", "https://evil.example/page.html").header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (guessedToken != null) {
            request.header("X-XSRF-TOKEN", guessedToken);
        }
        return answer(browser.send(request));
    }

    private static Answer csrfDelete(LoginBrowser browser, String url) {
        return answer(browser.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", "https://evil.example")
                .header("Accept", "application/json").DELETE()));
    }

    // ------------------------------------------------------------------ what "nothing changed" compares

    /**
     * Row count and content digest of every table of 东湖区, 西湖区, the city and the platform, read from the test
     * database, but those {@link #WRITTEN_BY_READS}.
     */
    private static final class Snapshots {

        private String query;

        Map<String, String> take() {
            try (Connection db = TestServices.database().connect(); Statement s = db.createStatement()) {
                if (query == null) {
                    List<String> tables = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                            + " WHERE table_type = 'BASE TABLE' AND table_schema IN ('" + String.join("', '", SCHEMAS)
                            + "') ORDER BY 1")) {
                        while (rs.next()) {
                            String table = rs.getString(1);
                            if (WRITTEN_BY_READS.stream().noneMatch(table.substring(table.indexOf('.') + 1)::startsWith)) {
                                tables.add(table);
                            }
                        }
                    }
                    assertThat(tables).as("tables compared").hasSizeGreaterThan(20);
                    query = tables.stream().map(t -> "SELECT '" + t + "', count(*) || ':' || coalesce(md5(string_agg(md5(x::text),"
                            + " '' ORDER BY md5(x::text))), '') FROM " + t + " x").collect(Collectors.joining(" UNION ALL "));
                }
                Map<String, String> state = new TreeMap<>();
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        state.put(rs.getString(1), rs.getString(2));
                    }
                }
                return state;
            } catch (SQLException e) {
                throw new IllegalStateException("snapshot failed: " + e.getMessage(), e);
            }
        }
    }
}

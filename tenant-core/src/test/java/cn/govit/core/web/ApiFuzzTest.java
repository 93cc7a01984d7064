package cn.govit.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import cn.govit.core.application.BudgetCategory;
import cn.govit.core.application.ConstructionType;
import cn.govit.core.application.NetworkDeployment;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.application.SharingType;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.inventory.CloudConsolidation;
import cn.govit.core.inventory.Exemption;
import cn.govit.core.inventory.MigrationMethod;
import cn.govit.core.inventory.MigrationStatus;
import cn.govit.core.inventory.MigrationTarget;
import cn.govit.core.inventory.Network;
import cn.govit.core.inventory.SystemLocation;
import cn.govit.core.inventory.UpdateFrequency;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantCode;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.core.testsupport.Seeds;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ten thousand generated requests (by default; {@code -Dgovit.fuzz.requests=N}) to the write endpoints that take JSON —
 * the Art. 8 application (create, edit, check), lifecycle steps, authorities' opinions, owner units, the system
 * inventory and district clouds — with random shapes, types, sizes and encodings, as 东湖区's officers. Every answer is
 * a success or a Problem Details refusal, never a 5xx; a refusal saves nothing (every table of the district and of
 * the platform unchanged, versions included, but those event listeners keep); an accepted project reads back with the
 * title sent. The run is a seeded walk:
 * {@code -Dgovit.fuzz.seed=S} replays it, each failure names its seed and request number.
 */
class ApiFuzzTest extends CoreIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("govit.fuzz.requests", 10_000);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /**
     * Written only by listeners of committed events (after the answer, on another thread), by the read model's outbox
     * (its publications completed or run again by its job, under the job's lock) or at a user's first sight.
     */
    private static final List<String> DOWNSTREAM = List.of("notification", "library_", "audit_event", "rollup_", "person",
            "event_publication", "shedlock");
    private static final String FUZZ_UNIT = "东湖区模糊测试中心";

    @Autowired
    private DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);
    private JdbcClient db;
    private String schema;
    /** The counted tables ({@code schema.table:version} when it has a version column) and the one query counting them. */
    private List<String> counted;
    private String counting;

    /** What the fuzz works on: its own draft, project, documents, unit, system and cloud in 东湖区. */
    private String draft;
    private String project;
    private String otherDistrictsProject;
    private final Map<OpinionKind, String> opinionDocuments = new LinkedHashMap<>();
    private String stepDocument;
    private String unitId;
    private String systemId;
    private String cloudId;

    static LongStream seeds() {
        return Seeds.orGiven(LongStream.of(20_261_202L));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedRequestsAreAnsweredWithoutA500AndRefusalsSaveNothing(long seed) {
        db = JdbcClient.create(dataSource);
        schema = TenantCode.schemaFor("donghu");
        arrange();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, String> createdTitles = new LinkedHashMap<>();
        int accepted = 0;
        int refused = 0;
        int fiveHundreds = 0;
        int snapshots = 0;
        Map<String, Long> state = snapshot();
        long xid = nextXid();
        long started = System.nanoTime();
        Map<Target, Long> nanos = new TreeMap<>();
        long bytes = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Request request = generate(new JsonFuzz(random), i);
            long at = System.nanoTime();
            Answer answer = send(request);
            nanos.merge(request.target(), System.nanoTime() - at, Long::sum);
            bytes += request.body() == null ? 0 : request.body().bytes().length;
            byStatus.merge(request.target() + " " + answer.status(), 1, Integer::sum);
            String where = "seed " + seed + ", request " + i + ": " + request;
            if (answer.status() >= 500) {
                fiveHundreds += answer.status() == 500 ? 1 : 0;
                if (answer.status() != 503) {
                    failures.add(where + " → " + answer);
                }
            } else if (answer.status() >= 400) {
                refused++;
                String problem = problemError(answer, request);
                if (problem != null) {
                    failures.add(where + " → " + problem + ": " + answer);
                }
            } else {
                accepted++;
                if (request.target() == Target.CREATE_PROJECT && request.value() instanceof Map<?, ?> sent
                        && sent.get("title") instanceof String title) {
                    createdTitles.put(JSON.readTree(answer.body()).get("id").asString(), title.strip());
                }
            }
            // A transaction id taken means something was written: then every counted table must say what.
            long now = nextXid();
            if (now != xid) {
                Map<String, Long> after = snapshot();
                snapshots++;
                if (answer.status() >= 400 && !after.equals(state)) {
                    failures.add(where + " → refused " + answer.status() + " but changed " + difference(state, after));
                }
                state = after;
                xid = nextXid();
            }
            if (failures.size() >= 50) {
                break;
            }
        }
        int stored = 0;
        for (Map.Entry<String, String> created : createdTitles.entrySet()) {
            Answer detail = send(new Request(Target.CREATE_PROJECT, "dh-officer", "GET",
                    "/api/v1/projects/" + created.getKey(), null, null, null));
            if (detail.status() != 200 || !JSON.readTree(detail.body()).get("application").get("title").asString()
                    .equals(created.getValue())) {
                failures.add("seed " + seed + ": accepted project " + created.getKey() + " not stored as sent: " + detail);
            } else {
                stored++;
            }
        }
        int requests = accepted + refused + byStatus.entrySet().stream().filter(e -> e.getKey().matches(".* 5\\d\\d"))
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("fuzz: %d requests, %d accepted, %d refused (4xx), %d × 500, seed %d%n", requests, accepted,
                refused, fiveHundreds, seed);
        System.out.printf("fuzz: %d s, %d MB sent; ms per endpoint %s%n", (System.nanoTime() - started) / 1_000_000_000,
                bytes >> 20, nanos.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000)
                        .collect(Collectors.joining(", ")));
        System.out.println("fuzz: " + snapshots + " database snapshots compared, " + stored
                + " accepted projects read back as sent; by endpoint and status " + byStatus);
        assertThat(failures).as("seed %d (replay with -D%s=%d)", seed, Seeds.PROPERTY, seed).isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(REQUESTS);
    }

    enum Target {
        CREATE_PROJECT, CHECK_PROJECT, UPDATE_PROJECT, STEP, OPINION, CREATE_UNIT, UPDATE_UNIT, CREATE_SYSTEM,
        UPDATE_SYSTEM, CREATE_CLOUD, UPDATE_CLOUD
    }

    /** One generated request; {@code value} is what the body was made of (before its bytes were broken, if they were). */
    record Request(Target target, String user, String method, String path, Object value, JsonFuzz.Body body,
                   Map<String, String> headers) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body.bytes(), StandardCharsets.UTF_8);
            return user + " " + method + " " + path + (body == null ? "" : " [" + body.description() + ", "
                    + body.contentType() + ", " + body.bytes().length + " bytes] " + abbreviate(text))
                    + (headers == null || headers.isEmpty() ? "" : " " + headers);
        }
    }

    record Answer(int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + abbreviate(body);
        }
    }

    private Request generate(JsonFuzz fuzz, int i) {
        int pick = fuzz.nextInt(100);
        Target target = pick < 20 ? Target.CREATE_PROJECT : pick < 28 ? Target.CHECK_PROJECT
                : pick < 42 ? Target.UPDATE_PROJECT : pick < 62 ? Target.STEP : pick < 70 ? Target.OPINION
                : pick < 75 ? Target.CREATE_UNIT : pick < 80 ? Target.UPDATE_UNIT : pick < 87 ? Target.CREATE_SYSTEM
                : pick < 93 ? Target.UPDATE_SYSTEM : pick < 96 ? Target.CREATE_CLOUD : Target.UPDATE_CLOUD;
        String officer = fuzz.chance(90) ? "dh-officer" : fuzz.oneOf(List.of("dh-edu-officer", "dh-bureau", "xh-officer"));
        String bureau = fuzz.chance(90) ? "dh-bureau" : fuzz.oneOf(List.of("dh-officer", "dh-admin", "xh-bureau"));
        Map<String, Object> value;
        String user;
        String method = "POST";
        String path;
        switch (target) {
            case CREATE_PROJECT, CHECK_PROJECT -> {
                user = officer;
                path = target == Target.CREATE_PROJECT ? "/api/v1/projects" : "/api/v1/projects/check";
                value = application(fuzz, i);
            }
            case UPDATE_PROJECT -> {
                user = officer;
                method = "PUT";
                String id = id(fuzz, draft);
                path = "/api/v1/projects/" + id;
                value = map("version", version(fuzz, "project", id), "application", application(fuzz, i));
            }
            case STEP -> {
                user = fuzz.oneOf(List.of("dh-officer", "dh-officer", "dh-dept", "dh-bureau", "dh-approval", "dh-finance"));
                String id = id(fuzz, project);
                path = "/api/v1/projects/" + id + "/steps";
                LifecycleAction action = fuzz.oneOf(Arrays.asList(LifecycleAction.values()));
                value = map("action", action.name(), "version", version(fuzz, "project", id),
                        "occurredOn", fuzz.chance(50) ? null : today.minusDays(fuzz.nextInt(3)).toString(),
                        "explanation", action.explanationRequired() || fuzz.chance(30) ? "书面说明：依据办法办理" : null,
                        "documentIds", fuzz.chance(50) ? List.of(stepDocument) : List.of());
            }
            case OPINION -> {
                OpinionKind kind = fuzz.oneOf(new ArrayList<>(opinionDocuments.keySet()));
                user = fuzz.chance(80) ? issuer(kind) : fuzz.oneOf(List.of("dh-officer", "dh-secrecy", "dh-finance"));
                path = "/api/v1/projects/" + id(fuzz, project) + "/opinions";
                Verdict verdict = fuzz.oneOf(Arrays.asList(Verdict.values()));
                value = map("kind", kind.name(), "verdict", verdict.name(),
                        "conditions", verdict == Verdict.APPROVED && fuzz.chance(70) ? null : "须落实等级保护要求",
                        "issuedOn", fuzz.chance(50) ? null : today.toString(), "documentId", opinionDocuments.get(kind));
            }
            case CREATE_UNIT, UPDATE_UNIT -> {
                user = bureau;
                value = map("name", target == Target.CREATE_UNIT ? "东湖区模糊测试单位" + i : FUZZ_UNIT,
                        "creditCode", null, "competentDepartment", "东湖区人民政府办公室", "contactPerson", "张三",
                        "contactPhone", "0791-86000000");
                path = "/api/v1/owner-units";
                if (target == Target.UPDATE_UNIT) {
                    method = "PUT";
                    path = update(fuzz, value, path, unitId, "owner_unit");
                }
            }
            case CREATE_SYSTEM, UPDATE_SYSTEM -> {
                user = bureau;
                value = system(fuzz, target == Target.CREATE_SYSTEM ? "模糊测试系统" + i : "模糊测试基准系统");
                path = "/api/v1/inventory/systems";
                if (target == Target.UPDATE_SYSTEM) {
                    method = "PUT";
                    path = update(fuzz, value, path, systemId, "info_system");
                }
            }
            default -> {
                user = bureau;
                value = map("name", target == Target.CREATE_CLOUD ? "东湖区模糊测试政务云" + i : "东湖区模糊测试基准政务云",
                        "builtOn", "2018-03-01", "consolidation", fuzz.oneOf(Arrays.asList(CloudConsolidation.values())).name(),
                        "consolidationPlannedOn", today.plusDays(180).toString());
                path = "/api/v1/inventory/district-clouds";
                if (target == Target.UPDATE_CLOUD) {
                    method = "PUT";
                    path = update(fuzz, value, path, cloudId, "district_cloud");
                }
            }
        }
        Object mutated = fuzz.mutate(value);
        Map<String, String> headers = new LinkedHashMap<>();
        if (fuzz.chance(5)) {
            headers.put("Accept-Language", fuzz.oneOf(List.of("en", "zh-CN", "xx-YY", "*", "en;q=abc", "zh-Hant-TW",
                    "", "zh-CN;q=0.5,*;q=abc", "en-US,en;q=0.9,zh;q=2")));
        }
        if (fuzz.chance(2)) {
            headers.put("Accept", fuzz.oneOf(List.of("application/xml", "text/html", "*/*", "application/problem+json",
                    "garbage")));
        }
        // A body the test keeps as sent when it is a map, to read back what was accepted.
        return new Request(target, user, method, path, mutated instanceof Map<?, ?> ? mutated : null, fuzz.body(mutated),
                headers);
    }

    /** {@code path} of one record (mostly the fuzz's own, {@code own}), and its version into {@code value}. */
    private String update(JsonFuzz fuzz, Map<String, Object> value, String path, String own, String table) {
        String id = id(fuzz, own);
        value.put("version", version(fuzz, table, id));
        return path + "/" + id;
    }

    /** The application a careful officer writes, complete under the city's rules; the fuzz then breaks it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> application(JsonFuzz fuzz, int i) {
        String total = fuzz.oneOf(List.of("120000.00", "500000.00", "880000.00", "3860000.50"));
        Map<String, Object> application = asMap(SampleApplications.completeConstruction("东湖区模糊测试项目" + i, total));
        // The enums' other constants, so accepted variants reach the other rules too.
        if (fuzz.chance(30)) {
            application.put("kind", fuzz.oneOf(Arrays.asList(ProjectKind.values())).name());
            application.put("constructionType", fuzz.oneOf(Arrays.asList(ConstructionType.values())).name());
            application.put("network", fuzz.oneOf(Arrays.asList(NetworkDeployment.values())).name());
        }
        if (fuzz.chance(10)) {
            ((Map<String, Object>) ((List<?>) application.get("resourceCatalogue")).getFirst())
                    .put("sharingType", fuzz.oneOf(Arrays.asList(SharingType.values())).name());
            ((Map<String, Object>) ((List<?>) application.get("budget")).getFirst())
                    .put("category", fuzz.oneOf(Arrays.asList(BudgetCategory.values())).name());
        }
        return application;
    }

    private Map<String, Object> system(JsonFuzz fuzz, String name) {
        SystemLocation location = fuzz.chance(70) ? SystemLocation.CITY_CLOUD
                : fuzz.oneOf(Arrays.asList(SystemLocation.values()));
        Map<String, Object> plan = fuzz.chance(50) ? null : map(
                "method", fuzz.oneOf(Arrays.asList(MigrationMethod.values())).name(),
                "target", fuzz.oneOf(Arrays.asList(MigrationTarget.values())).name(),
                "plannedOn", today.plusDays(90).toString(),
                "status", fuzz.chance(70) ? null : fuzz.oneOf(Arrays.asList(MigrationStatus.values())).name());
        return map("name", name, "ownerUnit", FUZZ_UNIT, "location", location.name(),
                "districtCloud", location == SystemLocation.DISTRICT_CLOUD ? "东湖区模糊测试基准政务云" : null,
                "network", fuzz.oneOf(Arrays.asList(Network.values())).name(), "commissionedOn", "2019-05-01",
                "sharingInterface", fuzz.chance(50), "lastCollectedOn", today.minusDays(1).toString(),
                "exemption", fuzz.chance(90) ? null : fuzz.oneOf(Arrays.asList(Exemption.values())).name(),
                "exemptionReason", "涉密系统", "exemptionApprover", "东湖区保密局",
                "resources", List.of(map("name", "模糊测试资源", "frequency",
                        fuzz.oneOf(Arrays.asList(UpdateFrequency.values())).name(), "shared", true)),
                "plan", plan);
    }

    /** Mostly the fuzz's own record; else a random id, another district's project, or no id at all. */
    private String id(JsonFuzz fuzz, String own) {
        int pick = fuzz.nextInt(100);
        if (pick < 85) {
            return own;
        }
        if (pick < 91) {
            return new UUID(fuzz.nextInt(Integer.MAX_VALUE), fuzz.nextInt(Integer.MAX_VALUE)).toString();
        }
        if (pick < 94) {
            return otherDistrictsProject;
        }
        String text = fuzz.oneOf(List.of("not-a-uuid", "1", "-1", "00000000-0000-0000-0000-00000000000g", "null",
                "东湖区", "~_~", own.toUpperCase(), own.replace("-", ""), own + "0"));
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The version as stored (a few times stale or absurd); the fuzz may still break it. */
    private Object version(JsonFuzz fuzz, String table, String id) {
        Long stored = db.sql("SELECT version FROM " + schema + "." + table + " WHERE id::text = ?").param(id)
                .query(Long.class).optional().orElse(0L);
        return fuzz.chance(85) ? stored : fuzz.oneOf(List.of(stored + 1, stored - 1, -1L, Long.MAX_VALUE));
    }

    private String issuer(OpinionKind kind) {
        return switch (kind.authority().issuer()) {
            case BUREAU_OFFICER -> "dh-bureau";
            case NDRC_OFFICER -> "dh-ndrc";
            case FINANCE_OFFICER -> "dh-finance";
            case SECRECY_OFFICER -> "dh-secrecy";
            case STATE_SECURITY_OFFICER -> "dh-statesecurity";
            case CIVIL_AIR_DEFENCE_OFFICER -> "dh-airdefence";
            case CYBERSPACE_OFFICER -> "dh-cyber";
            default -> "dh-bureau";
        };
    }

    /** Through the same API: a draft to edit, a complete project to step and give opinions on, their documents. */
    private void arrange() {
        LifecycleDriver donghu = new LifecycleDriver(this::as, "dh");
        LifecycleDriver xihu = new LifecycleDriver(this::as, "xh");
        draft = donghu.create(donghu.application("东湖区模糊测试草稿", "500000.00"));
        project = donghu.createComplete("东湖区模糊测试项目", "880000.00");
        otherDistrictsProject = xihu.create(xihu.application("西湖区模糊测试项目", "500000.00"));
        stepDocument = donghu.upload(donghu.officer(), project, DocumentType.APPLICATION_PLAN);
        for (OpinionKind kind : OpinionKind.values()) {
            opinionDocuments.put(kind, donghu.upload(donghu.user(kind.authority().issuer()), project, kind.documentType()));
        }
        // Each user seen once before the run: a first sight registers the user (and an officer's unit, Art. 4).
        for (String user : List.of("dh-officer", "dh-edu-officer", "dh-bureau", "dh-admin", "dh-dept", "dh-approval",
                "dh-finance", "dh-ndrc", "dh-secrecy", "dh-statesecurity", "dh-airdefence", "dh-cyber", "xh-officer",
                "xh-bureau")) {
            send(new Request(Target.CREATE_UNIT, user, "GET", "/api/v1/owner-units?size=1", null, null, null));
        }
        unitId = unitOf(donghu);
        systemId = donghu.bureau().post("/api/v1/inventory/systems", map("name", "模糊测试基准系统", "ownerUnit",
                FUZZ_UNIT, "location", "CITY_CLOUD", "network", "GOV_EXTRANET", "commissionedOn", "2019-05-01",
                "sharingInterface", true, "resources", List.of())).expect(201).get("id").asString();
        cloudId = cloudOf(donghu);
    }

    private String unitOf(LifecycleDriver donghu) {
        JsonNode found = donghu.bureau().get("/api/v1/owner-units?q=" + URLEncoder.encode(FUZZ_UNIT, StandardCharsets.UTF_8))
                .expect(200).get("items");
        if (found != null && !found.isEmpty()) {
            return found.get(0).get("id").asString();
        }
        return donghu.bureau().post("/api/v1/owner-units", map("name", FUZZ_UNIT)).expect(201).get("id").asString();
    }

    private String cloudOf(LifecycleDriver donghu) {
        return donghu.bureau().get("/api/v1/inventory/district-clouds").expect(200).valueStream()
                .filter(c -> c.get("name").asString().equals("东湖区模糊测试基准政务云")).map(c -> c.get("id").asString())
                .findFirst().orElseGet(() -> donghu.bureau().post("/api/v1/inventory/district-clouds",
                        map("name", "东湖区模糊测试基准政务云", "builtOn", "2018-03-01", "consolidation", "CONSOLIDATING",
                                "consolidationPlannedOn", today.plusDays(180).toString())).expect(201).get("id").asString());
    }

    /** The request with a token of its user (one login per user, renewed when it expires), on a kept-alive connection. */
    private Answer send(Request request) {
        Answer answer = exchange(request, token(request.user(), false));
        return answer.status() == 401 ? exchange(request, token(request.user(), true)) : answer;
    }

    private Answer exchange(Request request, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + request.path()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        if (request.headers() == null || !request.headers().containsKey("Accept")) {
            builder.header("Accept", "application/json");
        }
        if (request.headers() != null) {
            request.headers().forEach(builder::header);
        }
        JsonFuzz.Body body = request.body();
        if (body == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            if (body.contentType() != null) {
                builder.header("Content-Type", body.contentType());
            }
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user, boolean renew) {
        if (renew) {
            tokens.remove(user);
        }
        return tokens.computeIfAbsent(user, u -> Tokens.password(TestServices.keycloak(), u));
    }

    /** Why a refusal is not a Problem Details document with its status and a title, or null when it is one. */
    private static String problemError(Answer answer, Request request) {
        String accept = request.headers() == null ? null : request.headers().get("Accept");
        if (accept != null && !accept.contains("json") && !accept.equals("*/*")) {
            return null;
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return "not application/problem+json";
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status() || problem.path("title").asString("").isBlank()) {
                return "no status or title";
            }
            return null;
        } catch (RuntimeException e) {
            return "unreadable problem";
        }
    }

    /** Rows and summed versions of every table of the district's schema and the platform's, but the downstream ones. */
    private Map<String, Long> snapshot() {
        if (counted == null) {
            counted = db.sql("""
                    SELECT t.table_schema || '.' || t.table_name || ':' || coalesce(max(c.column_name), '')
                    FROM information_schema.tables t
                    LEFT JOIN information_schema.columns c ON c.table_schema = t.table_schema
                        AND c.table_name = t.table_name AND c.column_name = 'version'
                    WHERE t.table_schema IN (?, 'platform') AND t.table_type = 'BASE TABLE'
                    GROUP BY t.table_schema, t.table_name ORDER BY 1""").param(schema).query(String.class).list()
                    .stream().filter(c -> DOWNSTREAM.stream().noneMatch(d -> c.substring(c.indexOf('.') + 1).startsWith(d)))
                    .toList();
            counting = "SELECT " + counted.stream().map(c -> {
                String table = c.substring(0, c.indexOf(':'));
                return "(SELECT count(*) FROM " + table + ")" + (c.endsWith(":version")
                        ? ", (SELECT coalesce(sum(version), 0) FROM " + table + ")" : "");
            }).collect(Collectors.joining(", "));
        }
        List<Long> values = db.sql(counting).query((rs, n) -> {
            List<Long> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getLong(i));
            }
            return row;
        }).single();
        Map<String, Long> counts = new TreeMap<>();
        int column = 0;
        for (String c : counted) {
            String table = c.substring(0, c.indexOf(':'));
            counts.put(table + " rows", values.get(column++));
            if (c.endsWith(":version")) {
                counts.put(table + " versions", values.get(column++));
            }
        }
        return counts;
    }

    /** The next transaction id PostgreSQL will hand out: it moves only when something writes. */
    private long nextXid() {
        return db.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue()))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " → " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return JSON.readValue(JSON.writeValueAsString(value), LinkedHashMap.class);
    }

    /** A map that, unlike {@link Map#of}, keeps nulls and its order. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}

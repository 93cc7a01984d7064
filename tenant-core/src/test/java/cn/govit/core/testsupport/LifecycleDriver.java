package cn.govit.core.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.devstack.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One district's officers working a project through the API: each step taken by the role the
 * regulation gives it, with the documents it needs uploaded and attached, dated as the test says; the
 * annual plan by the leading group's decision at a meeting (Art. 12). Keeps a rule test to the one thing it
 * is about.
 */
public final class LifecycleDriver {

    /**
     * The main road of DOMAIN.md's lifecycle, from draft to O&amp;M, as the bureau path takes it; its
     * {@code INCLUDE_IN_ANNUAL_PLAN} is the leading group's inclusion ({@link #includeInAnnualPlan}).
     */
    public static final List<LifecycleAction> MAIN_ROAD = List.of(LifecycleAction.SUBMIT, LifecycleAction.ENDORSE,
            LifecycleAction.PASS_REVIEW, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, LifecycleAction.APPROVE,
            LifecycleAction.ENTER_IMPLEMENTATION, LifecycleAction.START_PROCUREMENT, LifecycleAction.FILE_CONTRACT,
            LifecycleAction.START_CONSTRUCTION, LifecycleAction.PASS_SECURITY_ASSESSMENT,
            LifecycleAction.INITIAL_ACCEPTANCE, LifecycleAction.PASS_FINAL_ACCEPTANCE,
            LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, LifecycleAction.SUBMIT_SELF_EVALUATION);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String MEETINGS = "/api/v1/plan/meetings";

    /** Priorities are unique in a plan year (Art. 12); the database is the JVM's, so is the counter. */
    private static final AtomicInteger PRIORITIES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10, 5000));

    private final Function<String, ApiClient> login;
    private final String prefix;
    private final String districtName;
    private final Map<String, ApiClient> clients = new HashMap<>();
    /** Per sanction the system that grounds it, as stored and as entered: fixed before lifting. */
    private final Map<String, Map.Entry<JsonNode, Map<String, Object>>> failingSystems = new HashMap<>();

    /**
     * @param login  a demo user's API client (a real token)
     * @param prefix the district's user prefix: {@code dh} for 东湖区, {@code xh} for 西湖区
     */
    public LifecycleDriver(Function<String, ApiClient> login, String prefix) {
        this.login = login;
        this.prefix = prefix;
        this.districtName = switch (prefix) {
            case "dh" -> "东湖区";
            case "xh" -> "西湖区";
            default -> throw new IllegalArgumentException("no demo district with users " + prefix + "-*");
        };
    }

    /** The district's demo user {@code <prefix>-<role>}, logged in once per driver. */
    public ApiClient user(String role) {
        return clients.computeIfAbsent(prefix + "-" + role, login);
    }

    public ApiClient officer() {
        return user("officer");
    }

    public ApiClient department() {
        return user("dept");
    }

    public ApiClient bureau() {
        return user("bureau");
    }

    public ApiClient admin() {
        return user("admin");
    }

    /** The user whose role the step belongs to; the bureau where it shares a step with the department (Art. 26). */
    public ApiClient actorOf(LifecycleAction action) {
        for (Role role : List.of(Role.BUREAU_OFFICER, Role.APPROVAL_OFFICER, Role.OWNER_OFFICER, Role.DEPARTMENT_OFFICER)) {
            if (action.roles().contains(role)) {
                return user(role);
            }
        }
        throw new IllegalArgumentException(action + " is taken by none of the demo roles");
    }

    /** The district's demo user holding {@code role}, e.g. {@code dh-secrecy} for the secrecy bureau. */
    public ApiClient user(Role role) {
        return user(switch (role) {
            case OWNER_OFFICER -> "officer";
            case DEPARTMENT_OFFICER -> "dept";
            case BUREAU_OFFICER -> "bureau";
            case APPROVAL_OFFICER -> "approval";
            case FINANCE_OFFICER -> "finance";
            case NDRC_OFFICER -> "ndrc";
            case SECRECY_OFFICER -> "secrecy";
            case STATE_SECURITY_OFFICER -> "statesecurity";
            case CIVIL_AIR_DEFENCE_OFFICER -> "airdefence";
            case CYBERSPACE_OFFICER -> "cyber";
            case EXPERT -> "expert";
            case TENANT_ADMIN -> "admin";
            default -> throw new IllegalArgumentException("no district demo user with " + role);
        });
    }

    /** The authority's officer uploads its signed opinion and records it; the answer of the opinion call. */
    public ApiClient.Response attemptOpinion(ApiClient who, String id, OpinionKind kind, Verdict verdict,
                                             String conditions) {
        String documentId = upload(who, id, kind.documentType());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.name());
        body.put("verdict", verdict.name());
        if (conditions != null) {
            body.put("conditions", conditions);
        }
        body.put("documentId", documentId);
        return who.post("/api/v1/projects/" + id + "/opinions", body);
    }

    /** The authority of {@code kind} records its opinion with the verdict; the recorded opinion. */
    public JsonNode opinion(String id, OpinionKind kind, Verdict verdict) {
        return attemptOpinion(user(kind.authority().issuer()), id, kind, verdict,
                verdict == Verdict.APPROVED ? null : "意见：" + verdict).expect(201);
    }

    /** {@link SampleApplications#completeConstruction} of this district, as JSON a test changes one thing in. */
    public ObjectNode application(String title, String total) {
        ObjectNode application = json(SampleApplications.completeConstruction(title, total));
        application.put("ownerUnit", districtName + "数据资源管理局");
        application.put("competentDepartment", districtName + "人民政府办公室");
        return application;
    }

    public static ObjectNode json(Object value) {
        return JSON.valueToTree(value);
    }

    /** Saves a draft as the owner unit's officer; its id. */
    public String create(JsonNode application) {
        return officer().post("/api/v1/projects", application).expect(201).get("id").asString();
    }

    /** A complete application touching state security (Art. 8(10)), submitted; its id. */
    public String submittedTouchingStateSecurity(String title) {
        ObjectNode application = application(title, "500000.00");
        application.put("touchesStateSecurity", true);
        String id = create(application);
        take(id, LifecycleAction.SUBMIT, null);
        return id;
    }

    /** A draft that passes every article of the city's baseline. */
    public String createComplete(String title, String total) {
        return create(application(title, total));
    }

    /** {@code GET /projects/{id}}: {@code project}, {@code application} and {@code findings}. */
    public JsonNode detail(String id) {
        return officer().get("/api/v1/projects/" + id).expect(200);
    }

    public String status(String id) {
        return detail(id).get("project").get("status").asString();
    }

    public long version(String id) {
        return detail(id).get("project").get("version").asLong();
    }

    public JsonNode steps(String id) {
        return officer().get("/api/v1/projects/" + id + "/steps").expect(200);
    }

    public JsonNode deadlines(String id) {
        return officer().get("/api/v1/projects/" + id + "/deadlines").expect(200);
    }

    /** The project's deadline of {@code article} (Art. 19, 27, 28, 30, 32); fails when there is none. */
    public JsonNode deadline(String id, String article) {
        JsonNode deadlines = deadlines(id);
        return deadlines.valueStream().filter(d -> d.get("article").asString().equals(article)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + article + " deadline in " + deadlines));
    }

    /**
     * The bureau sanctions an owner unit of the district as Art. 33 has it: the unit registered, one of its systems
     * entered without a sharing interface, the sanction proposed on that computed ground and the city government's
     * consent recorded; the sanction's id, in force.
     */
    public String sanction(String ownerUnit) {
        registerUnit(ownerUnit);
        Map<String, Object> system = failingSystem(ownerUnit);
        JsonNode stored = bureau().post("/api/v1/inventory/systems", system).expect(201);
        String id = propose(ownerUnit).expect(201).get("id").asString();
        consent(bureau(), id).expect(200);
        failingSystems.put(id, Map.entry(stored, system));
        return id;
    }

    /** The owner unit registered by the bureau (Art. 4), if it is not yet. */
    public void registerUnit(String ownerUnit) {
        int status = bureau().post("/api/v1/owner-units", Map.of("name", ownerUnit)).status();
        if (status != 201 && status != 409) {
            throw new AssertionError("owner unit " + ownerUnit + " not registered: " + status);
        }
    }

    /** A system of the unit on the city's gov cloud, catalogued and collected today, but with no sharing interface. */
    public static Map<String, Object> failingSystem(String ownerUnit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", ownerUnit + "无接口系统" + ThreadLocalRandom.current().nextInt(100000, 999999));
        s.put("ownerUnit", ownerUnit);
        s.put("location", "CITY_CLOUD");
        s.put("network", "GOV_EXTRANET");
        s.put("commissionedOn", "2016-05-01");
        s.put("sharingInterface", false);
        s.put("lastCollectedOn", LocalDate.now(BusinessTime.ZONE).toString());
        s.put("resources", List.of(Map.of("name", "业务基础信息", "frequency", "DAILY", "shared", true)));
        s.put("plan", null);
        return s;
    }

    /** The bureau proposes a sanction on the unit's computed grounds (Art. 33). */
    public ApiClient.Response propose(String ownerUnit) {
        return bureau().post("/api/v1/compliance/sanctions", Map.of("ownerUnit", ownerUnit));
    }

    /** {@code who} records the city government's consent, dated today, with a signed PDF. */
    public ApiClient.Response consent(ApiClient who, String sanctionId) {
        return who.upload("/api/v1/compliance/sanctions/" + sanctionId + "/consent", "file", "市政府同意.pdf",
                SampleFiles.PDF, SampleFiles.pdf("市政府同意"), Map.of("date",
                        LocalDate.now(BusinessTime.ZONE).toString(), "documentNumber", "市政函〔2026〕33号"));
    }

    /** The unit's system fixed (sharing interface provided) and the sanction lifted by the bureau. */
    public void liftSanction(String sanctionId) {
        Map.Entry<JsonNode, Map<String, Object>> failing = failingSystems.remove(sanctionId);
        if (failing != null) {
            provideSharingInterface(failing.getKey().get("id").asString(), failing.getValue());
        }
        lift(sanctionId).expect(200);
    }

    /** The bureau fixes a {@link #failingSystem}: its sharing interface provided, at the version stored now. */
    public void provideSharingInterface(String systemId, Map<String, Object> system) {
        Map<String, Object> body = new LinkedHashMap<>(system);
        body.put("sharingInterface", true);
        body.put("version", bureau().get("/api/v1/inventory/systems/" + systemId).expect(200).get("version").asLong());
        bureau().send("PUT", "/api/v1/inventory/systems/" + systemId, json(body).toString()).expect(200);
    }

    /** The bureau lifts a sanction, having verified the unit complies. */
    public ApiClient.Response lift(String sanctionId) {
        return bureau().post("/api/v1/compliance/sanctions/" + sanctionId + "/lifting", Map.of("note", "已核实整改到位"));
    }

    /** Uploads a small PDF of {@code type} as {@code who}; the document's id. */
    public String upload(ApiClient who, String id, DocumentType type) {
        return who.upload("/api/v1/projects/" + id + "/documents", "file", type.name() + ".pdf", SampleFiles.PDF,
                SampleFiles.pdf(type.name()), Map.of("type", type.name())).expect(201).get("id").asString();
    }

    /**
     * Tries a step as its role's user, at the project's current version, with exactly {@code documents}
     * uploaded and attached, and a written explanation where the action needs one.
     */
    public ApiClient.Response attempt(String id, LifecycleAction action, LocalDate on, DocumentType... documents) {
        return attempt(actorOf(action), id, action, on, action.explanationRequired() ? "书面说明：" + action : null,
                documents);
    }

    public ApiClient.Response attempt(ApiClient who, String id, LifecycleAction action, LocalDate on,
                                      String explanation, DocumentType... documents) {
        List<String> documentIds = new ArrayList<>();
        for (DocumentType type : documents) {
            documentIds.add(upload(who, id, type));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action.name());
        body.put("version", version(id));
        if (on != null) {
            body.put("occurredOn", on.toString());
        }
        if (explanation != null) {
            body.put("explanation", explanation);
        }
        body.put("documentIds", documentIds);
        return who.post("/api/v1/projects/" + id + "/steps", body);
    }

    /** Takes a step with the documents its action requires and the main road's opinions; the recorded step. */
    public JsonNode take(String id, LifecycleAction action, LocalDate on) {
        return tryStep(id, action, on).expect(201);
    }

    /**
     * Tries a step with the documents its action requires, after the authorities gave the consenting
     * opinions the main road asks at that gate (Art. 10, 13, 14) unless they gave an opinion of that kind already.
     */
    public ApiClient.Response tryStep(String id, LifecycleAction action, LocalDate on) {
        JsonNode given = officer().get("/api/v1/projects/" + id + "/opinions").expect(200);
        for (OpinionKind kind : opinionsOnTheMainRoad(action)) {
            boolean present = given.valueStream().anyMatch(o -> o.get("kind").asString().equals(kind.name())
                    && o.get("current").asBoolean());
            if (!present) {
                opinion(id, kind, Verdict.APPROVED);
            }
        }
        return attempt(id, action, on, action.documents().toArray(DocumentType[]::new));
    }

    private static List<OpinionKind> opinionsOnTheMainRoad(LifecycleAction action) {
        return switch (action) {
            // Art. 10: the passed review and, for the reserve library, the bureau's construction opinion letter.
            case PASS_REVIEW -> List.of(OpinionKind.TECHNICAL_REVIEW, OpinionKind.CONSTRUCTION_OPINION_LETTER);
            case VERIFY_BUDGET_ESTIMATE -> List.of(OpinionKind.TECHNICAL_REVIEW);
            case APPROVE -> List.of(OpinionKind.TECHNICAL_REVIEW, OpinionKind.FUND_SOURCE);
            case APPROVE_EXCEPTIONAL -> List.of(OpinionKind.EXCEPTIONAL_APPROVAL);
            default -> List.of();
        };
    }

    /** Walks the project along {@link #MAIN_ROAD} until it reaches {@code target}, every step dated {@code on}. */
    public void walkTo(String id, ProjectStatus target, LocalDate on) {
        for (String status = status(id); !status.equals(target.name()); status = status(id)) {
            ProjectStatus current = ProjectStatus.valueOf(status);
            LifecycleAction next = MAIN_ROAD.stream().filter(a -> a.from().contains(current)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the main road does not lead on from " + current));
            if (next == LifecycleAction.INCLUDE_IN_ANNUAL_PLAN) {
                includeInAnnualPlan(id, on).expect(200);
            } else {
                take(id, next, on);
            }
        }
    }

    /**
     * 领导小组审议 (Art. 12) — the bureau puts the project on a leading-group meeting held {@code on} (today if
     * {@code null}), uploads the minutes and records the group's inclusion in that year's plan with a fresh
     * priority and the project's total investment as its funds; the answer of the decision call (200: the
     * meeting, the project in the annual plan by the step taken with the minutes).
     */
    public ApiClient.Response includeInAnnualPlan(String id, LocalDate on) {
        LocalDate heldOn = on == null ? LocalDate.now(BusinessTime.ZONE) : on;
        String meeting = bureau().post(MEETINGS, Map.of("title", "大数据与数字经济领导小组 " + heldOn + " 会议",
                "heldOn", heldOn.toString(), "projectIds", List.of(id))).expect(201).get("id").asString();
        bureau().upload(MEETINGS + "/" + meeting + "/minutes", "file", "领导小组会议纪要.pdf", SampleFiles.PDF,
                SampleFiles.pdf("领导小组会议纪要"), Map.of()).expect(200);
        return bureau().post(MEETINGS + "/" + meeting + "/projects/" + id + "/decision", Map.of("decision", "INCLUDE",
                "priority", nextPriority(), "fundedAmount",
                detail(id).get("project").get("totalInvestment").decimalValue()));
    }

    /** A priority no other inclusion of this JVM takes. */
    public static int nextPriority() {
        return PRIORITIES.incrementAndGet();
    }

    /**
     * The district's admin publishes its whole set of overrides (Art. 41), effective today; the new
     * version's number. {@code Map.of()} puts the district back on the city's rules.
     */
    public int publishRulesEffectiveToday(Map<String, String> overrides) {
        return admin().post("/api/v1/rules/versions", Map.of("effectiveFrom", LocalDate.now(BusinessTime.ZONE).toString(),
                "overrides", overrides, "note", "测试：" + overrides)).expect(201).get("version").asInt();
    }

    /** A complete project of {@code total} 元 walked to {@code target}; its id. */
    public String projectAt(String title, String total, ProjectStatus target, LocalDate on) {
        String id = createComplete(title, total);
        walkTo(id, target, on);
        return id;
    }
}

package cn.govit.devstack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Demo projects written and moved through the lifecycle the way officers do it, through the public
 * API with each role's own login: applications complete under Art. 8 (or deliberately not), the
 * documents each step needs uploaded first, the authorities' opinions recorded by their own officers,
 * then the step.
 */
public final class DemoProjects {

    /** What an officer does to a demo project. */
    public sealed interface Task permits Step, Opinion {
    }

    /** One step: who takes it, which action, the document it needs (or {@code null}), an explanation. */
    public record Step(String user, String action, String documentType, String explanation) implements Task {
    }

    /** An authority's officer records its opinion ({@code kind}, 同意) with the signed document. */
    public record Opinion(String user, String kind, String documentType) implements Task {
    }

    /** A project: its application, written by {@code owner}, then what officers did. */
    public record DemoProject(String owner, Map<String, Object> application, List<Task> steps) {
    }

    private static final byte[] PDF = "%PDF-1.4\n% GovIT demo document\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private DemoProjects() {
    }

    static List<DemoProject> of(String tenant) {
        int year = LocalDate.now().getYear();
        return switch (tenant) {
            case "city" -> List.of(new DemoProject("nc-officer", complete("南昌市一体化政务云平台扩容", "南昌市大数据发展管理局",
                    "南昌市人民政府办公厅", "12800000.00", year + 1, "EXPANSION"), List.of()));
            case "donghu" -> List.of(
                    new DemoProject("dh-officer", complete("东湖区“一网通办”政务服务平台升级", "东湖区行政审批局",
                            "东湖区人民政府办公室", "2860000.00", year, "RENOVATION"), toReserve("dh")),
                    new DemoProject("dh-officer", incomplete("东湖区社区网格化管理信息系统", "东湖区民政局", "280000.00", year),
                            List.of()),
                    new DemoProject("dh-officer", complete("东湖区城市管理视频监控系统平台改造", "东湖区城市管理局",
                            "东湖区城市管理委员会", "260000.00", year, "RENOVATION"),
                            List.of(submit("dh"), new Step("dh-dept", "SELF_SUPERVISE", null, null))),
                    // Art. 8(10): the state security bureau consented; the secrecy bureau's opinion is awaited.
                    new DemoProject("dh-officer", touchingStateSecurity(complete("东湖区公共安全视频数据汇聚平台",
                            "东湖区数据资源管理局", "东湖区人民政府办公室", "1680000.00", year, "NEW")),
                            List.of(submit("dh"), new Step("dh-dept", "ENDORSE", null, null),
                                    new Opinion("dh-bureau", "TECHNICAL_REVIEW", "TECHNICAL_REVIEW_OPINION"),
                                    new Opinion("dh-statesecurity", "STATE_SECURITY", "STATE_SECURITY_OPINION"))));
            case "xihu" -> List.of(
                    new DemoProject("xh-officer", complete("西湖区智慧教育资源共享平台", "西湖区教育体育局",
                            "西湖区人民政府办公室", "1950000.00", year + 1, "NEW"),
                            List.of(submit("xh"), new Step("xh-dept", "ENDORSE", null, null))),
                    new DemoProject("xh-officer", complete("西湖区电子政务外网年度运维", "西湖区数据资源管理局",
                            "西湖区人民政府办公室", "620000.00", year, "NEW"), List.of()));
            default -> List.of();
        };
    }

    /** Submission with the construction plan (Art. 8). */
    public static Step submit(String prefix) {
        return new Step(prefix + "-officer", "SUBMIT", "APPLICATION_PLAN", null);
    }

    /**
     * Submit, endorsement by the department, the bureau's technical review opinion, its construction opinion
     * letter and the pass (Art. 10): the reserve library.
     */
    public static List<Task> toReserve(String prefix) {
        return List.of(submit(prefix), new Step(prefix + "-dept", "ENDORSE", null, null),
                new Opinion(prefix + "-bureau", "TECHNICAL_REVIEW", "TECHNICAL_REVIEW_OPINION"),
                new Opinion(prefix + "-bureau", "CONSTRUCTION_OPINION_LETTER", "CONSTRUCTION_OPINION_LETTER"),
                new Step(prefix + "-bureau", "PASS_REVIEW", null, null));
    }

    private static Map<String, Object> touchingStateSecurity(Map<String, Object> application) {
        application.put("touchesStateSecurity", true);
        return application;
    }

    /** Writes the application and takes its steps; the new project's id. */
    public static String create(Function<String, ApiClient> as, DemoProject project) {
        ApiClient owner = as.apply(project.owner());
        var created = owner.post("/api/v1/projects", project.application()).expect(201);
        String id = created.get("id").asString();
        long version = created.get("version").asLong();
        for (Task task : project.steps()) {
            if (task instanceof Opinion opinion) {
                ApiClient authority = as.apply(opinion.user());
                authority.post("/api/v1/projects/" + id + "/opinions", Map.of("kind", opinion.kind(), "verdict", "APPROVED",
                        "documentId", upload(authority, id, opinion.documentType()))).expect(201);
                continue;
            }
            Step step = (Step) task;
            ApiClient user = as.apply(step.user());
            List<String> documents = new ArrayList<>();
            if (step.documentType() != null) {
                documents.add(upload(user, id, step.documentType()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("action", step.action());
            body.put("version", version);
            body.put("documentIds", documents);
            if (step.explanation() != null) {
                body.put("explanation", step.explanation());
            }
            user.post("/api/v1/projects/" + id + "/steps", body).expect(201);
            version = owner.get("/api/v1/projects/" + id).expect(200).get("project").get("version").asLong();
        }
        return id;
    }

    private static String upload(ApiClient user, String id, String documentType) {
        return user.upload("/api/v1/projects/" + id + "/documents", "file", documentType.toLowerCase() + ".pdf",
                "application/pdf", PDF, Map.of("type", documentType)).expect(201).get("id").asString();
    }

    /** An application complete under the city's rules (Art. 8). */
    public static Map<String, Object> complete(String title, String ownerUnit, String department, String total,
                                                int year, String constructionType) {
        BigDecimal amount = new BigDecimal(total);
        BigDecimal development = amount.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cloud = amount.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rest = amount.subtract(development).subtract(cloud);
        Map<String, Object> a = new LinkedHashMap<>(incomplete(title, ownerUnit, total, year));
        a.put("constructionType", constructionType);
        a.put("competentDepartment", department);
        a.put("indicators", List.of(Map.of("name", "业务办理线上化率", "target", "95", "unit", "%"),
                Map.of("name", "系统可用性", "target", "99.9", "unit", "%")));
        a.put("cloudResources", List.of(Map.of("offeringCode", "ECS-VCPU", "quantity", "32"),
                Map.of("offeringCode", "BLOCK-SSD", "quantity", "4")));
        a.put("technicalSolution", "依托市政务云和政务外网，采用微服务架构，统一身份认证接入市统一认证平台。");
        a.put("dataSharingNeeds", "接入市数据共享交换平台，调用人口、法人基础库。");
        a.put("resourceCatalogue", List.of(Map.of("name", "业务办件信息", "classification", "政务服务",
                "responsibleParty", ownerUnit, "format", "结构化数据", "attributes", "办件编号、事项名称、办结时间",
                "updateFrequency", "实时", "sharingType", "CONDITIONAL", "sharingMethod", "接口",
                "usageRequirements", "仅用于政务服务监管")));
        a.put("sharingAnalysis", "本项目数据全部挂载至市数据共享交换平台，按目录有条件共享。");
        a.put("budget", List.of(
                Map.of("category", "APPLICATION_DEVELOPMENT", "item", "应用系统开发", "amount", development.toPlainString(), "itContent", true),
                Map.of("category", "CLOUD_SERVICE", "item", "政务云资源租用（3年）", "amount", cloud.toPlainString(), "itContent", true),
                Map.of("category", "SUPERVISION", "item", "项目监理", "amount", rest.toPlainString(), "itContent", true)));
        a.put("freeOmYears", 3);
        return a;
    }

    /** A draft as officers often leave it: no quantitative goals, no budget lines yet. */
    private static Map<String, Object> incomplete(String title, String ownerUnit, String total, int year) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("kind", "CONSTRUCTION");
        a.put("ownerUnit", ownerUnit);
        a.put("totalInvestment", total);
        a.put("plannedYear", year);
        a.put("network", "GOV_EXTRANET");
        a.put("background", "落实《南昌市政务信息化项目集约化建设管理办法》，推进集约化建设。");
        return a;
    }
}

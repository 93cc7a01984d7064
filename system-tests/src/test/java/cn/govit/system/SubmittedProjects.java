package cn.govit.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govit.devstack.ApiClient;

/** A complete 东湖区 application drafted and submitted with its plan through the gateway, as browser tests need one. */
final class SubmittedProjects {

    static final byte[] PDF = "%PDF-1.4\n% GovIT test document\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private SubmittedProjects() {
    }

    /** Drafted and submitted with its plan by the owner unit's officer (Art. 4, 8); {@code flags} are set on top. */
    static String submitted(String title, Map<String, Object> flags) {
        ApiClient officer = SystemUnderTest.gatewayAs("dh-officer");
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("title", title);
        application.put("kind", "CONSTRUCTION");
        application.put("constructionType", "EXPANSION");
        application.put("ownerUnit", "东湖区数据资源管理局");
        application.put("competentDepartment", "东湖区人民政府办公室");
        application.put("totalInvestment", "900000.00");
        application.put("plannedYear", LocalDate.now().getYear() + 1);
        application.put("network", "GOV_EXTRANET");
        application.put("freeOmYears", 3);
        application.put("background", "城市运行数据分散，按办法集约建设。");
        application.put("technicalSolution", "依托市政务云和政务外网。");
        application.put("indicators", List.of(Map.of("name", "接入监测指标", "target", "120", "unit", "项")));
        application.put("dataSharingNeeds", "共享城市运行数据。");
        application.put("sharingAnalysis", "与市共享平台对接。");
        application.put("resourceCatalogue", List.of(Map.of("name", "城市运行指标", "classification", "基础",
                "responsibleParty", "东湖区数据资源管理局", "format", "JSON", "attributes", "指标、时间",
                "updateFrequency", "每日", "sharingType", "UNCONDITIONAL", "sharingMethod", "接口",
                "usageRequirements", "政务使用")));
        application.put("budget", List.of(Map.of("category", "APPLICATION_DEVELOPMENT", "item", "平台开发",
                "amount", "900000.00", "itContent", true)));
        application.putAll(flags);
        String id = officer.post("/api/v1/projects", application).expect(201).get("id").asString();
        officer.post("/api/v1/projects/" + id + "/steps", Map.of("action", "SUBMIT", "version", version(officer, id),
                "documentIds", List.of(upload(officer, id, "APPLICATION_PLAN")))).expect(201);
        return id;
    }

    static String upload(ApiClient who, String id, String type) {
        return who.upload("/api/v1/projects/" + id + "/documents", "file", type.toLowerCase() + ".pdf", "application/pdf",
                PDF, Map.of("type", type)).expect(201).get("id").asString();
    }

    static long version(ApiClient who, String id) {
        return who.get("/api/v1/projects/" + id).expect(200).get("project").get("version").asLong();
    }
}

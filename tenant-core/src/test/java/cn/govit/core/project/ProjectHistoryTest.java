package cn.govit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.govit.core.application.Application;
import cn.govit.core.application.Indicator;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every change of a project is kept: who changed which part of the application, and every step, in order. */
class ProjectHistoryTest extends CoreIntegrationTest {

    @Test
    void everyEditAndStepIsKeptWithItsAuthorAndTheChangedParts() {
        ApiClient officer = as("dh-officer");
        Application draft = SampleApplications.completeConstruction("东湖区历史记录测试平台", "800000.00");
        JsonNode created = officer.post("/api/v1/projects", draft).expect(201);
        String id = created.get("id").asString();

        Application moreGoals = withIndicators(draft, List.of(new Indicator("事项网上可办率", new BigDecimal("98"), "%")));
        long version = officer.send("PUT", "/api/v1/projects/" + id,
                json(Map.of("version", created.get("version").asLong(), "application", moreGoals)))
                .json().get("project").get("version").asLong();
        String plan = officer.upload("/api/v1/projects/" + id + "/documents", "file", "建设方案.pdf", SampleFiles.PDF,
                SampleFiles.pdf("plan"), Map.of("type", "APPLICATION_PLAN")).expect(201).get("id").asString();
        officer.post("/api/v1/projects/" + id + "/steps", Map.of("action", "SUBMIT", "version", version,
                "documentIds", List.of(plan))).expect(201);

        JsonNode history = officer.get("/api/v1/projects/" + id + "/history").expect(200);
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).get("created").asBoolean()).isTrue();
        assertThat(history.get(1).get("actor").asString()).isEqualTo("dh-officer");
        assertThat(history.get(1).get("changedFields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("indicators");
        assertThat(history.get(2).get("statusBefore").asString()).isEqualTo("DRAFT");
        assertThat(history.get(2).get("status").asString()).isEqualTo("SUBMITTED");

        JsonNode timeline = officer.get("/api/v1/projects/" + id + "/timeline").expect(200);
        assertThat(timeline.valueStream().map(e -> e.get("kind").asString()).toList())
                .containsExactly("EDIT", "EDIT", "DOCUMENT", "STEP");
        assertThat(timeline.get(3).get("titleZh").asString()).contains("提交申报").contains("已申报");
        assertThat(timeline.get(3).get("article").asString()).isEqualTo("R8");

        assertThat(as("xh-officer").get("/api/v1/projects/" + id + "/history").status()).isEqualTo(404);
        assertThat(as("xh-officer").get("/api/v1/projects/" + id + "/timeline").status()).isEqualTo(404);
    }

    private static Application withIndicators(Application a, List<Indicator> indicators) {
        return new Application(a.title(), a.kind(), a.constructionType(), a.ownerUnit(), a.competentDepartment(),
                a.totalInvestment(), a.plannedYear(), a.background(), indicators, a.network(), a.cloudResources(),
                a.technicalSolution(), a.dataSharingNeeds(), a.resourceCatalogue(), a.sharingAnalysis(),
                a.supportingSoftware(), a.budget(), a.freeOmYears(), a.omCostBasis(), a.omInventory(),
                a.crossBoundary(), a.upwardApplication(), a.upwardOrganiser(), a.touchesStateSecurity(),
                a.touchesCivilAirDefence(), a.civilWorksOrHighEnergy(), a.governmentInvestment(), a.hardwareExemption(),
                a.classified());
    }

    private static String json(Object body) {
        return JsonMapper.builder().build().writeValueAsString(body);
    }
}

package cn.govit.core.rules;

import static cn.govit.core.testsupport.LifecycleDriver.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.govit.core.application.BudgetCategory;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（一）项 — no new machine rooms, no compute or storage hardware: resources come from the cloud service catalogue. */
class R8_1NoMachineRoomOrHardwareTest extends LifecycleIntegrationTest {

    @ParameterizedTest
    @EnumSource(value = BudgetCategory.class, names = {"COMPUTE_STORAGE_HARDWARE", "MACHINE_ROOM"})
    void R8_1_budgetLineForHardwareOrMachineRoomBlocksSubmission(BudgetCategory category) {
        assertSubmissionBlocked(donghu, withLine(category, null), "R8.1", "budget[3].category");
    }

    @Test
    void R8_1_theOwnersOwnReasonIsNoExemption() {
        assertSubmissionBlocked(donghu, withLine(BudgetCategory.COMPUTE_STORAGE_HARDWARE,
                "涉及公安视频专网边缘节点，需保留本地存储"), "R8.1", "budget[3].category");
    }

    @Test
    void R8_1_onlyTheBureausArt15ExceptionTurnsTheErrorIntoAWarning() {
        String id = donghu.create(withLine(BudgetCategory.COMPUTE_STORAGE_HARDWARE, "省公安厅统一规定边缘节点本地存储"));

        donghu.opinion(id, OpinionKind.CENTRALISATION_EXCEPTION, Verdict.APPROVED);

        assertThat(severities(id)).containsExactly("WARNING");
        donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN).expect(201);
    }

    @Test
    void R8_1_aRejectedOrSupersededExceptionGrantsNothing() {
        String id = donghu.create(withLine(BudgetCategory.MACHINE_ROOM, "条线业务特殊需要"));
        donghu.opinion(id, OpinionKind.CENTRALISATION_EXCEPTION, Verdict.REJECTED);
        assertThat(severities(id)).containsExactly("BLOCKING");

        donghu.opinion(id, OpinionKind.CENTRALISATION_EXCEPTION, Verdict.APPROVED);
        assertThat(severities(id)).containsExactly("WARNING");

        donghu.opinion(id, OpinionKind.CENTRALISATION_EXCEPTION, Verdict.REJECTED);
        assertThat(severities(id)).containsExactly("BLOCKING");
        refused(donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN), 422, "R8.1");
    }

    @Test
    void R8_1_anExpansionMayKeepItsHardware() {
        ObjectNode application = withLine(BudgetCategory.COMPUTE_STORAGE_HARDWARE, null);
        application.put("constructionType", "EXPANSION");

        assertSubmissionAllowed(donghu, application, "R8.1");
    }

    @Test
    void R8_1_anOwnerCannotUploadTheBureausExceptionOpinion() {
        String id = donghu.create(withLine(BudgetCategory.COMPUTE_STORAGE_HARDWARE, "自称例外"));

        var response = donghu.officer().upload("/api/v1/projects/" + id + "/documents", "file", "例外意见.pdf",
                SampleFiles.PDF, SampleFiles.pdf("例外意见"), Map.of("type", "EXCEPTION_OPINION"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("article").asString()).isEqualTo("R4");
        assertThat(severities(id)).containsExactly("BLOCKING");
    }

    private List<String> severities(String id) {
        return donghu.detail(id).get("findings").valueStream().filter(f -> f.get("article").asString().equals("R8.1"))
                .map(f -> f.get("severity").asString()).toList();
    }

    @Test
    void R8_1_terminalsAndPeripheralsAreNotComputeHardware() {
        assertSubmissionAllowed(donghu, withLine(BudgetCategory.HARDWARE, null), "R8.1");
    }

    @Test
    void R8_1_cloudResourceOutsideTheCatalogueBlocksSubmission() {
        ObjectNode application = donghu.application("东湖区自建存储", "500000.00");
        ((ArrayNode) application.get("cloudResources")).add(json(new CloudResourceRequest("PRIVATE-SAN", BigDecimal.TEN)));

        assertSubmissionBlocked(donghu, application, "R8.1", "cloudResources[2].offeringCode");
    }

    @Test
    void R8_1_cloudResourcesFromTheCatalogueAreAllowed() {
        var catalogue = donghu.officer().get("/api/v1/cloud-catalogue").expect(200);
        assertThat(catalogue.valueStream().map(o -> o.get("code").asString())).contains("ECS-VCPU", "BLOCK-SSD");

        assertSubmissionAllowed(donghu, donghu.application("东湖区上云项目", "500000.00"), "R8.1");
    }

    private ObjectNode withLine(BudgetCategory category, String exemption) {
        ObjectNode application = donghu.application("东湖区" + category + "项目", "500000.00");
        ((ArrayNode) application.get("budget")).add(json(new BudgetLine(category, "设备购置", "型号 X-2000 / 64C256G",
                new BigDecimal("100000.00"), true)));
        if (exemption != null) {
            application.put("hardwareExemption", exemption);
        }
        return application;
    }
}

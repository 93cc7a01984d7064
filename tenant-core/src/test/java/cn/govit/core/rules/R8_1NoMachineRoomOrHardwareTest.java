package cn.govit.core.rules;

import static cn.govit.core.testsupport.LifecycleDriver.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.govit.core.application.BudgetCategory;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
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
    void R8_1_recordedExemptionTurnsTheErrorIntoAWarning() {
        String id = assertSubmissionAllowed(donghu,
                withLine(BudgetCategory.COMPUTE_STORAGE_HARDWARE, "涉及公安视频专网边缘节点，经市大数据局同意保留本地存储"), "R8.1");

        assertThat(donghu.detail(id).get("findings").valueStream()
                .filter(f -> f.get("article").asString().equals("R8.1")).map(f -> f.get("severity").asString()))
                .containsExactly("WARNING");
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

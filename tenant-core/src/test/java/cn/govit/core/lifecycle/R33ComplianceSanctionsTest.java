package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第三十三条 — an owner unit that fails its data-sharing duties is sanctioned: no new submissions until it complies. */
class R33ComplianceSanctionsTest extends LifecycleIntegrationTest {

    @Test
    void R33_sanctionedOwnerUnitCannotSubmitUntilTheSanctionIsLifted() {
        String unit = "东湖区民政局";
        ObjectNode application = donghu.application("东湖区受限单位项目", "500000.00");
        application.put("ownerUnit", unit);
        String id = donghu.create(application);
        String sanction = donghu.sanction(unit, "未按要求编制信息资源目录");
        try {
            var problem = refused(donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN), 422,
                    "R33");
            assertThat(problem.get("field").asString()).isEqualTo("ownerUnit");
            assertThat(donghu.status(id)).isEqualTo("DRAFT");
        } finally {
            donghu.liftSanction(sanction);
        }
        donghu.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN).expect(201);
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R33_sanctionOfOneUnitDoesNotBlockAnother() {
        String unit = "东湖区城市管理局";
        String sanction = donghu.sanction(unit, "未提供数据共享接口");
        try {
            assertSubmissionAllowed(donghu, donghu.application("东湖区合规单位项目", "500000.00"), "R33");
        } finally {
            donghu.liftSanction(sanction);
        }
    }

    @Test
    void R33_onlyTheBureauImposesSanctions() {
        var response = donghu.officer().post("/api/v1/compliance/sanctions",
                Map.of("ownerUnit", "东湖区数据资源管理局", "reason", "自行处罚"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(donghu.officer().get("/api/v1/compliance/sanctions").expect(200).valueStream()
                .map(s -> s.get("reason").asString())).doesNotContain("自行处罚");
    }
}

package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第三十三条 — an owner unit that fails its data-sharing duties is sanctioned once the city government consents: no
 * new submissions until it complies and the sanction is lifted.
 */
class R33ComplianceSanctionsTest extends LifecycleIntegrationTest {

    @Test
    void R33_sanctionedOwnerUnitCannotSubmitUntilTheSanctionIsLifted() {
        String unit = "东湖区城市管理局";
        ObjectNode application = donghu.application("东湖区受限单位项目", "500000.00");
        application.put("ownerUnit", unit);
        String id = donghu.create(application);
        String sanction = donghu.sanction(unit);
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
        String sanction = donghu.sanction("东湖区受限单位" + UUID.randomUUID().toString().substring(0, 8));
        try {
            assertSubmissionAllowed(donghu, donghu.application("东湖区合规单位项目", "500000.00"), "R33");
        } finally {
            donghu.liftSanction(sanction);
        }
    }

    @Test
    void R33_onlyTheBureauProposesSanctions() {
        String unit = "东湖区越权提议单位" + UUID.randomUUID().toString().substring(0, 8);
        donghu.registerUnit(unit);
        donghu.bureau().post("/api/v1/inventory/systems", LifecycleDriver.failingSystem(unit)).expect(201);

        var response = donghu.officer().post("/api/v1/compliance/sanctions", Map.of("ownerUnit", unit));

        assertThat(response.status()).isEqualTo(403);
        assertThat(donghu.officer().get("/api/v1/compliance/sanctions").expect(200).valueStream()
                .map(s -> s.get("ownerUnit").asString())).doesNotContain(unit);
    }
}

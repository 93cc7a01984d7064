package cn.govit.core.rules;

import static cn.govit.core.testsupport.LifecycleDriver.json;

import java.math.BigDecimal;

import cn.govit.core.application.Indicator;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（四）项 — the goals state quantitative indicators, against which acceptance and evaluation are done. */
class R8_4QuantitativeGoalsTest extends LifecycleIntegrationTest {

    @Test
    void R8_4_submissionWithoutNumericIndicatorIsBlocked() {
        ObjectNode application = donghu.application("东湖区定性目标项目", "500000.00");
        application.putArray("indicators").add(json(new Indicator("提升群众满意度", null, null)));

        assertSubmissionBlocked(donghu, application, "R8.4", "indicators");
    }

    @Test
    void R8_4_submissionWithoutAnyIndicatorIsBlocked() {
        ObjectNode application = donghu.application("东湖区无目标项目", "500000.00");
        application.putArray("indicators");

        assertSubmissionBlocked(donghu, application, "R8.4", "indicators");
    }

    @Test
    void R8_4_oneIndicatorWithANumericTargetIsEnough() {
        ObjectNode application = donghu.application("东湖区单指标项目", "500000.00");
        application.putArray("indicators").add(json(new Indicator("提升群众满意度", null, null)))
                .add(json(new Indicator("网上可办率", new BigDecimal("90"), "%")));

        assertSubmissionAllowed(donghu, application, "R8.4");
    }

    @Test
    void R8_4_anExpansionIsNotHeldToQuantitativeGoals() {
        ObjectNode application = donghu.application("东湖区扩建项目", "500000.00");
        application.put("constructionType", "EXPANSION");
        application.putArray("indicators");

        assertSubmissionAllowed(donghu, application, "R8.4");
    }

    @Test
    void R8_4_aRenovationIsHeldToQuantitativeGoals() {
        ObjectNode application = donghu.application("东湖区改建项目", "500000.00");
        application.put("constructionType", "RENOVATION");
        application.putArray("indicators");

        assertSubmissionBlocked(donghu, application, "R8.4", "indicators");
    }
}

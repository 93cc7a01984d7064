package cn.govit.core.rules;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（五）项 — a complete budget estimate and, for a new system, at least three years of free O&amp;M. */
class R8_5BudgetAndFreeOmTest extends LifecycleIntegrationTest {

    @Test
    void R8_5_newSystemWithTwoYearsOfFreeOmIsBlocked() {
        assertSubmissionBlocked(donghu, freeOm("东湖区两年免费运维新建项目", "NEW", 2), "R8.5", "freeOmYears");
    }

    @Test
    void R8_5_newSystemWithThreeYearsOfFreeOmIsAllowed() {
        assertSubmissionAllowed(donghu, freeOm("东湖区三年免费运维新建项目", "NEW", 3), "R8.5");
    }

    @Test
    void R8_5_expansionNeedsNoMinimumFreeOm() {
        assertSubmissionAllowed(donghu, freeOm("东湖区扩建项目", "EXPANSION", 2), "R8.5");
    }

    @Test
    void R8_5_submissionWithoutBudgetIsBlocked() {
        ObjectNode application = donghu.application("东湖区无概算项目", "500000.00");
        application.putArray("budget");

        assertSubmissionBlocked(donghu, application, "R8.5", "budget");
    }

    private ObjectNode freeOm(String title, String constructionType, int years) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put("constructionType", constructionType);
        application.put("freeOmYears", years);
        return application;
    }
}

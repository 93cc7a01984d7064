package cn.govit.core.rules;

import static cn.govit.core.testsupport.LifecycleDriver.json;

import java.util.List;

import cn.govit.core.application.CrossBoundary;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（六）项 — a cross-department, cross-region or cross-level project has a joint overall plan. */
class R8_6CrossBoundaryTest extends LifecycleIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"crossBoundary.coBuilders", "crossBoundary.interfaces", "crossBoundary.flows",
            "crossBoundary.leadUnit"})
    void R8_6_crossDepartmentProjectWithoutPartOfTheJointPlanIsBlocked(String missing) {
        CrossBoundary full = jointPlan();
        CrossBoundary partial = new CrossBoundary(true, false, false,
                missing.endsWith("leadUnit") ? null : full.leadUnit(),
                missing.endsWith("coBuilders") ? List.of() : full.coBuilders(),
                missing.endsWith("flows") ? "" : full.flows(),
                missing.endsWith("interfaces") ? List.of() : full.interfaces());

        assertSubmissionBlocked(donghu, with(partial), "R8.6", missing);
    }

    @Test
    void R8_6_crossDepartmentProjectWithItsJointPlanIsAllowed() {
        assertSubmissionAllowed(donghu, with(jointPlan()), "R8.6");
    }

    @Test
    void R8_6_projectOfOneDepartmentNeedsNoJointPlan() {
        assertSubmissionAllowed(donghu, with(CrossBoundary.NONE), "R8.6");
    }

    private static CrossBoundary jointPlan() {
        return new CrossBoundary(true, false, false, "东湖区数据资源管理局", List.of("东湖区公安分局", "东湖区民政局"),
                "人口信息由公安分局提供，民政局按月回流救助数据。", List.of("人口基础信息查询接口", "救助对象核验接口"));
    }

    private ObjectNode with(CrossBoundary crossBoundary) {
        ObjectNode application = donghu.application("东湖区跨部门共建项目", "500000.00");
        application.set("crossBoundary", json(crossBoundary));
        return application;
    }
}

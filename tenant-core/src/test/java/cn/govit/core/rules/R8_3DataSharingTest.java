package cn.govit.core.rules;

import static cn.govit.core.testsupport.LifecycleDriver.json;

import cn.govit.core.application.ResourceCatalogueEntry;
import cn.govit.core.application.SharingType;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（三）项 — information resource catalogue entries with every attribute, and the information-sharing chapter. */
class R8_3DataSharingTest extends LifecycleIntegrationTest {

    @Test
    void R8_3_submissionWithoutCatalogueEntriesIsBlocked() {
        ObjectNode application = donghu.application("东湖区无目录项目", "500000.00");
        application.putArray("resourceCatalogue");

        assertSubmissionBlocked(donghu, application, "R8.3", "resourceCatalogue");
    }

    @Test
    void R8_3_submissionWithoutTheSharingChapterIsBlocked() {
        ObjectNode application = donghu.application("东湖区无共享分析项目", "500000.00");
        application.put("sharingAnalysis", "  ");

        assertSubmissionBlocked(donghu, application, "R8.3", "sharingAnalysis");
    }

    @Test
    void R8_3_catalogueEntryWithoutUpdateFrequencyIsBlocked() {
        ObjectNode application = donghu.application("东湖区目录不全项目", "500000.00");
        ((ArrayNode) application.get("resourceCatalogue")).add(json(new ResourceCatalogueEntry("区级证照信息", "证照",
                "东湖区行政审批局", "结构化数据", "证照编号、持证主体", null, SharingType.UNCONDITIONAL, "接口", null)));

        assertSubmissionBlocked(donghu, application, "R8.3", "resourceCatalogue[1].updateFrequency");
    }

    @Test
    void R8_3_conditionalSharingWithoutUsageRequirementsIsBlocked() {
        ObjectNode application = donghu.application("东湖区有条件共享项目", "500000.00");
        ((ArrayNode) application.get("resourceCatalogue")).add(json(new ResourceCatalogueEntry("区级信用信息", "信用",
                "东湖区发展和改革委员会", "结构化数据", "主体名称、信用等级", "每日", SharingType.CONDITIONAL, "接口", " ")));

        assertSubmissionBlocked(donghu, application, "R8.3", "resourceCatalogue[1].usageRequirements");
    }

    @Test
    void R8_3_entryNotSharedNeedsNoSharingMethod() {
        ObjectNode application = donghu.application("东湖区不予共享目录项目", "500000.00");
        ((ArrayNode) application.get("resourceCatalogue")).add(json(new ResourceCatalogueEntry("内部考勤信息", "内部管理",
                "东湖区数据资源管理局", "结构化数据", "人员、日期", "每月", SharingType.NOT_SHARED, null, null)));

        assertSubmissionAllowed(donghu, application, "R8.3");
    }

    @Test
    void R8_3_anExpansionNeedsNoCatalogueOfItsOwn() {
        ObjectNode application = donghu.application("东湖区扩建无目录项目", "500000.00");
        application.put("constructionType", "EXPANSION");
        application.putArray("resourceCatalogue");
        application.putNull("sharingAnalysis");

        assertSubmissionAllowed(donghu, application, "R8.3");
    }

    @Test
    void R8_3_aRenovationNeedsItsCatalogue() {
        ObjectNode application = donghu.application("东湖区改建无目录项目", "500000.00");
        application.put("constructionType", "RENOVATION");
        application.putArray("resourceCatalogue");

        assertSubmissionBlocked(donghu, application, "R8.3", "resourceCatalogue");
    }
}

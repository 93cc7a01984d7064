package cn.govit.core.rules;

import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（二）项 — non-classified systems are built on the government extranet, never on a private network. */
class R8_2GovExtranetTest extends LifecycleIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE_NETWORK", "INTERNET"})
    void R8_2_networkOtherThanTheGovExtranetBlocksSubmission(String network) {
        ObjectNode application = donghu.application("东湖区专网系统", "500000.00");
        application.put("network", network);

        assertSubmissionBlocked(donghu, application, "R8.2", "network");
    }

    @Test
    void R8_2_applicationWithoutANetworkBlocksSubmission() {
        ObjectNode application = donghu.application("东湖区未定网络系统", "500000.00");
        application.putNull("network");

        assertSubmissionBlocked(donghu, application, "R8.2", "network");
    }

    @Test
    void R8_2_systemOnTheGovExtranetIsAllowed() {
        ObjectNode application = donghu.application("东湖区政务外网系统", "500000.00");
        application.put("network", "GOV_EXTRANET");

        assertSubmissionAllowed(donghu, application, "R8.2");
    }
}

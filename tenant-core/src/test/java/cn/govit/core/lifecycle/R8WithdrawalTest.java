package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 撤回申报 — the owner unit takes back an application it submitted (Art. 8) while nobody has acted on it:
 * its own officers only (Art. 4), with the reason, kept in the steps and the audit; once the department
 * endorsed it or an authority gave an opinion, it is the procedure's.
 */
class R8WithdrawalTest extends LifecycleIntegrationTest {

    @Autowired
    private PlatformAuditLog audit;

    @Test
    void R8_theOwnerUnitWithdrawsItsUntouchedApplicationWithTheReasonKeptAndAudited() throws InterruptedException {
        String id = donghu.createComplete("东湖区撤回申报项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        JsonNode step = donghu.attempt(donghu.officer(), id, LifecycleAction.WITHDRAW, null, "测算有误，修改后再报").expect(201);

        assertThat(step.get("to").asString()).isEqualTo("DRAFT");
        assertThat(donghu.status(id)).isEqualTo("DRAFT");
        assertThat(donghu.steps(id).valueStream().map(s -> s.get("action").asString()).toList())
                .containsExactly("SUBMIT", "WITHDRAW");
        assertThat(donghu.steps(id).get(1).get("explanation").asString()).isEqualTo("测算有误，修改后再报");
        List<PlatformAuditLog.Entry> entries = List.of();
        for (int i = 0; i < 50 && entries.isEmpty(); i++) {
            entries = audit.forTenant("donghu").stream().filter(e -> e.detail() != null && e.detail().startsWith(id)
                    && e.detail().contains("WITHDRAW")).toList();
            if (entries.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertThat(entries).extracting(PlatformAuditLog.Entry::actor).containsExactly("dh-officer");
        // The record stays: submitted again later, never deleted (Art. 8).
        refused(donghu.officer().send("DELETE", "/api/v1/projects/" + id + "?version=" + donghu.version(id), null),
                409, "R8");
        donghu.take(id, LifecycleAction.SUBMIT, null);
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R8_aWithdrawalNeedsItsReason() {
        String id = donghu.createComplete("东湖区撤回无理由项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        refused(donghu.attempt(donghu.officer(), id, LifecycleAction.WITHDRAW, null, " "), 422, "R8");

        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"edu-officer", "dept", "bureau"})
    void R4_noOtherUnitAndNoOtherRoleWithdrawsIt(String who) {
        String id = donghu.createComplete("东湖区他人不能撤回项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        JsonNode problem = donghu.attempt(donghu.user(who), id, LifecycleAction.WITHDRAW, null, "代为撤回").json();

        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
        assertThat(donghu.steps(id)).hasSize(1);
    }

    @Test
    void R8_afterTheEndorsementTheApplicationIsNoLongerWithdrawn() {
        String id = donghu.createComplete("东湖区已审核不能撤回项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);
        donghu.take(id, LifecycleAction.ENDORSE, null);

        JsonNode problem = refused(donghu.attempt(donghu.officer(), id, LifecycleAction.WITHDRAW, null, "撤回"), 409, "R8");

        assertThat(problem.get("title").asString()).contains("撤回申报", "技术评审中");
        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");
        assertThat(donghu.steps(id)).hasSize(2);
    }

    @Test
    void R8_afterAnAuthoritysOpinionTheApplicationIsNoLongerWithdrawn() {
        String id = donghu.submittedTouchingStateSecurity("东湖区已有意见不能撤回项目");
        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);

        JsonNode problem = refused(donghu.attempt(donghu.officer(), id, LifecycleAction.WITHDRAW, null, "撤回"), 422, "R8");

        assertThat(problem.get("findings").toString()).contains("不能撤回");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherTenantsOfficerDoesNotFindTheApplication() {
        String id = donghu.createComplete("东湖区跨区不能撤回项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        assertThat(xihu.officer().post("/api/v1/projects/" + id + "/steps", Map.of("action", "WITHDRAW",
                "version", donghu.version(id), "explanation", "撤回")).status()).isEqualTo(404);
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }
}

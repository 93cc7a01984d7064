package cn.govit.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * 消息提醒 — what lands in a to-do list is announced to exactly its recipients: the role of the next step
 * (for the owner unit's steps only that unit's officers, Art. 4), the authority whose opinion is asked
 * (Art. 8(10)), the owner unit when another party moves its project on; read per user; nobody of another
 * unit or tenant reads or marks it, whatever header they forge.
 */
class NotificationTest extends LifecycleIntegrationTest {

    private static final String[] FORGED = {"X-Tenant-Id", "X-GovIT-Tenant"};

    @Autowired
    private NotificationService notifications;
    @Autowired
    private JwtDecoder jwtDecoder;

    @Test
    void R8_theCompetentDepartmentIsToldOfTheSubmittedProjectAndNoOtherUnitOrTenantIs() {
        String id = donghu.createComplete("东湖区消息提醒审核项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        JsonNode endorse = eventually(() -> about(donghu.department(), id, "STEP_DUE", "ENDORSE"));
        assertThat(endorse.get("titleZh").asString()).contains("东湖区消息提醒审核项目", "主管部门审核同意");
        assertThat(endorse.get("titleEn").asString()).contains("东湖区消息提醒审核项目");
        assertThat(endorse.get("read").asBoolean()).isFalse();
        assertThat(endorse.get("link").asString()).isEqualTo("projects/" + id);

        // Art. 4: the submitting unit did it itself; another unit's officer and another district hear nothing.
        assertThat(list(donghu.officer(), id)).isEmpty();
        assertThat(list(donghu.user("edu-officer"), id)).isEmpty();
        for (String user : new String[] {"officer", "dept", "bureau"}) {
            assertThat(list(xihu.user(user), id)).as(user).isEmpty();
            for (String header : FORGED) {
                assertThat(list(xihu.user(user).withHeader(header, "donghu"), id)).as(header + " " + user).isEmpty();
            }
        }
    }

    @Test
    void R4_theOwnerUnitIsToldWhenTheDepartmentMovesItsProjectOnAndAnotherUnitIsNot() {
        String id = donghu.createComplete("东湖区消息提醒业主项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);
        donghu.take(id, LifecycleAction.ENDORSE, null);

        JsonNode endorsed = eventually(() -> about(donghu.officer(), id, "STEP_TAKEN", "ENDORSE"));
        assertThat(endorsed.get("titleZh").asString()).contains("东湖区消息提醒业主项目", "技术评审中", "东湖区 项目行政主管单位经办人（东湖区项目行政主管单位）");
        assertThat(list(donghu.user("edu-officer"), id)).isEmpty();
        // Art. 10: the review is the bureau's now.
        assertThat(eventually(() -> about(donghu.bureau(), id, "OPINION_AWAITED", null)).get("opinion").asString())
                .isIn("TECHNICAL_REVIEW", "CONSTRUCTION_OPINION_LETTER");
    }

    @Test
    void R8_10_theSecrecyBureauIsAskedForItsOpinionAndAnotherAuthorityIsNot() {
        String id = donghu.submittedTouchingStateSecurity("东湖区涉密意见提醒项目");

        JsonNode asked = eventually(() -> about(donghu.user("secrecy"), id, "OPINION_AWAITED", null));
        assertThat(asked.get("opinion").asString()).isEqualTo("SECRECY");
        assertThat(asked.get("titleZh").asString()).contains("东湖区涉密意见提醒项目", "保密局");
        assertThat(list(donghu.user("cyber"), id)).isEmpty();
        assertThat(list(xihu.user("secrecy"), id)).isEmpty();
    }

    @Test
    void anOpinionIsReadPerUserAndNobodyOfAnotherUnitOrTenantMarksIt() {
        String id = donghu.submittedTouchingStateSecurity("东湖区已读提醒项目");
        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        // The owner unit and the department, whose endorsement is next, both hear of it.
        JsonNode forOwner = eventually(() -> about(donghu.officer(), id, "OPINION_ISSUED", null));
        String notification = forOwner.get("id").asString();
        assertThat(eventually(() -> about(donghu.department(), id, "OPINION_ISSUED", null)).get("id").asString())
                .isEqualTo(notification);
        long ownerUnread = unread(donghu.officer());

        // Another unit, another tenant, a forged header: not found, nothing marked.
        String read = "/api/v1/notifications/" + notification + "/read";
        assertThat(donghu.user("edu-officer").post(read, null).status()).isEqualTo(404);
        assertThat(xihu.officer().post(read, null).status()).isEqualTo(404);
        for (String header : FORGED) {
            assertThat(xihu.officer().withHeader(header, "donghu").post(read, null).status()).isEqualTo(404);
        }
        assertThat(unread(donghu.officer())).isEqualTo(ownerUnread);

        donghu.officer().post(read, null).expect(204);

        assertThat(about(donghu.officer(), id, "OPINION_ISSUED", null).get("read").asBoolean()).isTrue();
        assertThat(unread(donghu.officer())).isEqualTo(ownerUnread - 1);
        assertThat(about(donghu.department(), id, "OPINION_ISSUED", null).get("read").asBoolean()).isFalse();

        donghu.department().post("/api/v1/notifications/read-all", null).expect(200);
        assertThat(unread(donghu.department())).isZero();
        assertThat(about(donghu.department(), id, "OPINION_ISSUED", null).get("read").asBoolean()).isTrue();
    }

    @Test
    void theServiceItselfKeepsAnotherUnitAndAnotherTenantAway() {
        String id = donghu.createComplete("东湖区服务层提醒项目", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);
        donghu.take(id, LifecycleAction.ENDORSE, null);
        String notification = eventually(() -> about(donghu.officer(), id, "STEP_TAKEN", "ENDORSE")).get("id")
                .asString();
        java.util.UUID uuid = java.util.UUID.fromString(notification);

        assertThat(as("donghu", "dh-officer", () -> notifications.latest(100)).stream()
                .filter(n -> n.id().equals(uuid)).map(NotificationView::titleZh).findFirst().orElseThrow())
                .contains("东湖区服务层提醒项目");
        for (String[] other : new String[][] {{"donghu", "dh-edu-officer"}, {"xihu", "xh-officer"}}) {
            assertThat(as(other[0], other[1], () -> notifications.latest(100))).extracting(NotificationView::id)
                    .doesNotContain(uuid);
            assertThatThrownBy(() -> as(other[0], other[1], () -> {
                notifications.markRead(uuid);
                return null;
            })).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status().value()).isEqualTo(404));
        }
        assertThat(as("donghu", "dh-officer", () -> notifications.latest(100)).stream()
                .filter(n -> n.id().equals(uuid)).findFirst().orElseThrow().read()).isFalse();
    }

    @Test
    void aListLimitOutOfRangeIsAChineseProblemNotAnError() {
        refusedWithoutArticle(donghu.officer().get("/api/v1/notifications?limit=0"));
        refusedWithoutArticle(donghu.officer().get("/api/v1/notifications?limit=100000"));
    }

    private static void refusedWithoutArticle(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
    }

    private <T> T as(String tenant, String user, Callable<T> work) {
        return TenantContext.callAs(registry.find(tenant).orElseThrow(), () -> Logins.as(jwtDecoder, user, work));
    }

    private static long unread(ApiClient who) {
        return who.get("/api/v1/notifications/unread-count").expect(200).get("unread").asLong();
    }

    /** The caller's notifications about the project. */
    private static List<JsonNode> list(ApiClient who, String projectId) {
        return who.get("/api/v1/notifications?limit=100").expect(200).valueStream()
                .filter(n -> n.get("projectId").asString().equals(projectId)).toList();
    }

    /** The caller's notification of that kind (and step) about the project, or {@code null}. */
    private static JsonNode about(ApiClient who, String projectId, String kind, String action) {
        return list(who, projectId).stream().filter(n -> n.get("kind").asString().equals(kind))
                .filter(n -> action == null || action.equals(n.get("action").asString())).findFirst().orElse(null);
    }

    /** The notice is raised once the step is committed; waits a little for it. */
    private static JsonNode eventually(Callable<JsonNode> lookup) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        try {
            JsonNode found = lookup.call();
            while (found == null && Instant.now().isBefore(until)) {
                Thread.sleep(100);
                found = lookup.call();
            }
            assertThat(found).as("the notification").isNotNull();
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

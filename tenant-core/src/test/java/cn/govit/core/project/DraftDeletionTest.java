package cn.govit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 删除草稿 — the owner unit withdraws a draft it never submitted (Art. 4): its own officers only, drafts only
 * (a submitted application's record is the procedure's, Art. 8); the deletion is audited.
 */
class DraftDeletionTest extends LifecycleIntegrationTest {

    @Autowired
    private PlatformAuditLog audit;

    @Test
    void R4_theOwnerUnitsOfficerDeletesItsDraftWithItsDocumentsAndTheDeletionIsAudited() throws InterruptedException {
        String id = donghu.createComplete("东湖区撤回草稿项目", "500000.00");
        donghu.upload(donghu.officer(), id, DocumentType.APPLICATION_PLAN);

        donghu.officer().send("DELETE", "/api/v1/projects/" + id + "?version=" + donghu.version(id), null).expect(204);

        assertThat(donghu.officer().get("/api/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(donghu.officer().get("/api/v1/projects").expect(200).valueStream()
                .map(p -> p.get("id").asString())).doesNotContain(id);
        List<PlatformAuditLog.Entry> entries = List.of();
        for (int i = 0; i < 50 && entries.isEmpty(); i++) {
            entries = audit.forTenant("donghu").stream().filter(e -> e.detail() != null && e.detail().startsWith(id))
                    .toList();
            if (entries.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertThat(entries).extracting(PlatformAuditLog.Entry::action).containsExactly("DRAFT_DELETED");
        assertThat(entries.getFirst().actor()).isEqualTo("dh-officer");
        assertThat(entries.getFirst().detail()).contains("东湖区撤回草稿项目", "东湖区数据资源管理局");
    }

    @ParameterizedTest
    @ValueSource(strings = {"edu-officer", "dept", "bureau", "admin"})
    void R4_noOtherUnitAndNoOtherRoleDeletesTheDraft(String who) {
        String id = donghu.createComplete("东湖区他人不能删除的草稿", "500000.00");

        refused(donghu.user(who).send("DELETE", "/api/v1/projects/" + id + "?version=" + donghu.version(id), null),
                403, "R4");

        assertThat(donghu.status(id)).isEqualTo("DRAFT");
    }

    @Test
    void anotherTenantsOfficerDoesNotEvenFindTheDraft() {
        String id = donghu.createComplete("东湖区跨区不能删除的草稿", "500000.00");
        ApiClient xihuOfficer = xihu.officer();

        assertThat(xihuOfficer.send("DELETE", "/api/v1/projects/" + id + "?version=0", null).status()).isEqualTo(404);
        assertThat(donghu.status(id)).isEqualTo("DRAFT");
    }

    @Test
    void R8_aSubmittedApplicationCannotBeDeleted() {
        String id = donghu.createComplete("东湖区已提交不能删除", "500000.00");
        donghu.take(id, LifecycleAction.SUBMIT, null);

        var problem = refused(donghu.officer().send("DELETE", "/api/v1/projects/" + id + "?version=" + donghu.version(id),
                null), 409, "R8");

        assertThat(problem.toString()).contains("已申报");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }
}

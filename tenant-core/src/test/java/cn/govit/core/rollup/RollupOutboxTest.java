package cn.govit.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 第四十条, issue 10 — the city's read model is kept through an outbox: a refresh that did not happen after a district's
 * commit stays recorded in {@code platform.event_publication}, and the outbox's job runs it again until the read model
 * has the figures the rebuild computes from the district's schema.
 */
class RollupOutboxTest extends LifecycleIntegrationTest {

    private static final String KEEPER = RollupKeeper.class.getName() + ".%";

    @Autowired
    DataSource dataSource;
    @Autowired
    RollupOutbox outbox;

    @Test
    void R40_issue10_aRefreshThatFailedAfterTheCommitIsRunAgainByTheOutboxAndGivesTheRebuildsFigures() {
        String title = "东湖区发件箱补偿项目";
        String id = donghu.createComplete(title, "530000.00");
        JsonNode before = RollupApiTest.tenant(as("nc-bureau").get(RollupApiTest.OVERVIEW).expect(200), "donghu");

        refuseReadModelWritesOf("donghu");
        try {
            donghu.walkTo(id, ProjectStatus.RESERVE, null);
        } finally {
            allowReadModelWrites();
        }

        // The step committed in the district; the read model stayed behind, and the outbox keeps what is owed.
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
        assertThat(row(title).get("status").asString()).isNotEqualTo("RESERVE");
        assertThat(RollupApiTest.withoutTimes(RollupApiTest.tenant(as("nc-bureau").get(RollupApiTest.OVERVIEW)
                .expect(200), "donghu"))).isEqualTo(RollupApiTest.withoutTimes(before));
        assertThat(incompleteOf(id)).isPositive();

        assertThat(outbox.resubmitOlderThan(Duration.ZERO)).isPositive();

        assertThat(incompleteOf(id)).isZero();
        JsonNode kept = row(title);
        assertThat(kept.get("status").asString()).isEqualTo("RESERVE");
        assertThat(kept.get("library").asString()).isEqualTo("RESERVE");
        JsonNode keptFigures = RollupApiTest.withoutTimes(RollupApiTest.tenant(as("nc-bureau")
                .get(RollupApiTest.OVERVIEW).expect(200), "donghu"));

        as("platform-admin").post("/api/v1/admin/rollup/rebuild", Map.of()).expect(200);

        assertThat(RollupApiTest.withoutTimes(row(title))).isEqualTo(RollupApiTest.withoutTimes(kept));
        assertThat(RollupApiTest.withoutTimes(RollupApiTest.tenant(as("nc-bureau").get(RollupApiTest.OVERVIEW)
                .expect(200), "donghu"))).isEqualTo(keptFigures);
    }

    @Test
    void R40_issue10_aChangeWhoseListenersCompletedLeavesNoPublicationBehind() {
        String id = xihu.createComplete("西湖区发件箱无遗留项目", "240000.00");
        xihu.walkTo(id, ProjectStatus.RESERVE, null);

        assertThat(JdbcClient.create(dataSource).sql(
                        "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ?")
                .param("%" + id + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void R40_issue10_theOutboxsJobTakesItsLockInThePlatformSchema() {
        outbox.resubmitStalled();

        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM platform.shedlock WHERE name = 'rollup-outbox'")
                .query(Integer.class).single()).isOne();
    }

    private JsonNode row(String title) {
        return as("nc-bureau").get("/api/v1/supervision/tenants/donghu?text=" + title).expect(200).get("projects").get(0);
    }

    private int incompleteOf(String projectId) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT count(*) FROM platform.event_publication
                         WHERE completion_date IS NULL AND listener_id LIKE ? AND serialized_event LIKE ?""")
                .params(KEEPER, "%" + projectId + "%").query(Integer.class).single();
    }

    /** A fault of the read model's own storage, the district's data untouched: its rows cannot be written. */
    private void refuseReadModelWritesOf(String tenant) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                CREATE FUNCTION platform.rollup_outbox_test_refuse() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'read model unavailable (test)'; END $$""").update();
        jdbc.sql("CREATE TRIGGER rollup_outbox_test_refuse BEFORE INSERT OR UPDATE ON platform.rollup_project"
                + " FOR EACH ROW WHEN (NEW.tenant_code = '" + tenant + "')"
                + " EXECUTE FUNCTION platform.rollup_outbox_test_refuse()").update();
    }

    private void allowReadModelWrites() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP TRIGGER IF EXISTS rollup_outbox_test_refuse ON platform.rollup_project").update();
        jdbc.sql("DROP FUNCTION IF EXISTS platform.rollup_outbox_test_refuse()").update();
    }
}

package cn.govit.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.tenancy.TenantArchive;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.core.testsupport.TenantMoves;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * 第三十九条、第四十条 — a district on a PostgreSQL server of its own (统一开发、市县区分级部署) is in the city's read
 * model like any other: its changes show at once, and the rebuild reads it from its own server.
 */
class TieredTenantRollupTest extends LifecycleIntegrationTest {

    @Autowired
    TenantArchive archive;
    @Autowired
    TenantAdministration administration;
    @Autowired
    JwtDecoder decoder;
    @TempDir
    Path dir;

    @Test
    void R39_aDistrictOnItsOwnServerShowsInTheOverviewAndTheRebuildReadsItThere() throws IOException {
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().start()) {
            move("donghu", second.getJdbcUrl("postgres", "postgres"));
            try {
                JsonNode before = RollupApiTest.tenant(as("nc-bureau").get(RollupApiTest.OVERVIEW).expect(200), "donghu");
                assertThat(before.get("tiered").asBoolean()).isTrue();

                donghu.createComplete("东湖区独立部署的项目", "890000.00");

                JsonNode after = RollupApiTest.tenant(as("nc-bureau").get(RollupApiTest.OVERVIEW).expect(200), "donghu");
                assertThat(after.get("projects").asInt()).isEqualTo(before.get("projects").asInt() + 1);
                assertThat(after.get("totalInvestment").decimalValue())
                        .isEqualByComparingTo(before.get("totalInvestment").decimalValue().add(new BigDecimal("890000.00")));
                JsonNode kept = RollupApiTest.withoutTimes(as("nc-bureau").get("/api/v1/supervision/tenants/donghu?size=200")
                        .expect(200));

                as("platform-admin").post("/api/v1/admin/rollup/rebuild", Map.of()).expect(200);

                assertThat(RollupApiTest.withoutTimes(as("nc-bureau").get("/api/v1/supervision/tenants/donghu?size=200")
                        .expect(200))).isEqualTo(kept);
            } finally {
                move("donghu", null);
            }
        }
    }

    private void move(String code, String databaseUrl) throws IOException {
        new TenantMoves(archive, administration, registry, decoder, dir).move(code, databaseUrl);
    }
}

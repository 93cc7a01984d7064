package cn.govit.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第九条、第十条、第十三条 — the reserve and implementation libraries kept from the lifecycle's steps, by the
 * three plan years of the rolling horizon, with totals; 一事一议 projects marked; only the bureau and the
 * authorities that plan funds with it read them, each tenant only its own. The yearly adjustment (Art. 9)
 * runs in 东湖区 only, once: every other test reads 西湖区's boards.
 */
class LibraryApiTest extends LifecycleIntegrationTest {

    private static final String[] FORGED = {"X-Tenant-Id", "X-GovIT-Tenant"};

    @Test
    void R10_aProjectPassingReviewStandsInTheReserveLibraryUnderItsPlanYearWithTheYearsTotals() {
        String first = xihu.projectAt("西湖区储备库看板项目一", "500000.00", ProjectStatus.RESERVE, null);
        String second = xihu.projectAt("西湖区储备库看板项目二", "1234567.89", ProjectStatus.RESERVE, null);
        String notYet = xihu.projectAt("西湖区评审中项目", "800000.00", ProjectStatus.UNDER_REVIEW, null);

        JsonNode board = xihu.bureau().get("/api/v1/libraries/RESERVE").expect(200);

        assertThat(board.get("firstYear").asInt()).isEqualTo(today.getYear());
        assertThat(board.get("lastYear").asInt()).isEqualTo(today.getYear() + 2);
        assertThat(board.get("years").valueStream().map(y -> y.get("year").asInt()))
                .containsExactly(today.getYear(), today.getYear() + 1, today.getYear() + 2);
        JsonNode thisYear = board.get("years").get(0);
        assertThat(ids(thisYear.get("projects"))).contains(first, second).doesNotContain(notYet);
        BigTotal expected = new BigTotal(thisYear.get("projects"));
        assertThat(thisYear.get("total").decimalValue()).isEqualByComparingTo(expected.sum());
        assertThat(expected.sum()).isGreaterThanOrEqualTo(new java.math.BigDecimal("1734567.89"));
        JsonNode row = row(thisYear.get("projects"), second).orElseThrow();
        assertThat(row.get("title").asString()).isEqualTo("西湖区储备库看板项目二");
        assertThat(row.get("totalInvestment").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(row.get("exceptional").asBoolean()).isFalse();
        assertThat(board.get("lastAdjustedYear").isNull()).isTrue();
        assertThat(ids(xihu.bureau().get("/api/v1/libraries/IMPLEMENTATION").expect(200).get("years").get(0)
                .get("projects"))).doesNotContain(first, second);
    }

    @Test
    void R13_enteringImplementationMovesTheProjectFromTheReserveToTheImplementationLibrary() {
        String id = xihu.projectAt("西湖区入实施库项目", "900000.00", ProjectStatus.IMPLEMENTATION, null);

        assertThat(ids(thisYear(xihu, "IMPLEMENTATION"))).contains(id);
        assertThat(ids(thisYear(xihu, "RESERVE"))).doesNotContain(id);
        assertThat(xihu.bureau().get("/api/v1/libraries/projects/" + id + "/history").expect(200).valueStream()
                .map(c -> c.get("kind").asString())).containsExactly("ENTERED_RESERVE", "ENTERED_IMPLEMENTATION");
    }

    @Test
    void R13_aProjectOfTheCityGovernmentsExceptionalApprovalIsMarkedAsSuchInTheLibraries() {
        String id = xihu.projectAt("西湖区一事一议项目", "700000.00", ProjectStatus.SUBMITTED, null);
        xihu.take(id, LifecycleAction.REQUEST_EXCEPTIONAL, null);
        xihu.take(id, LifecycleAction.APPROVE_EXCEPTIONAL, null);

        JsonNode inReserve = row(thisYear(xihu, "RESERVE"), id).orElseThrow();
        assertThat(inReserve.get("exceptional").asBoolean()).isTrue();

        xihu.take(id, LifecycleAction.VERIFY_BUDGET_ESTIMATE, null);
        xihu.take(id, LifecycleAction.ENTER_IMPLEMENTATION, null);
        assertThat(row(thisYear(xihu, "IMPLEMENTATION"), id).orElseThrow().get("exceptional").asBoolean()).isTrue();
    }

    @Test
    void R9_theBoardCanBeNarrowedToOneOwnerUnit() {
        String id = xihu.projectAt("西湖区按单位筛选项目", "500000.00", ProjectStatus.RESERVE, null);

        JsonNode mine = xihu.bureau().get("/api/v1/libraries/RESERVE?ownerUnit=西湖区数据资源管理局").expect(200);
        JsonNode other = xihu.bureau().get("/api/v1/libraries/RESERVE?ownerUnit=西湖区教育体育局").expect(200);

        assertThat(ids(mine.get("years").get(0).get("projects"))).contains(id);
        assertThat(ids(other.get("years").get(0).get("projects"))).doesNotContain(id);
        assertThat(other.get("years").get(0).get("total").decimalValue()).isEqualByComparingTo(
                new BigTotal(other.get("years").get(0).get("projects")).sum());
    }

    @Test
    void R9_theYearlyAdjustmentRollsTheHorizonKeepsEveryProjectAndItsHistoryAndRunsOnceAYear() {
        int next = today.getYear() + 1;
        String carried = donghu.projectAt("东湖区顺延项目", "500000.00", ProjectStatus.RESERVE, null);
        String moved = donghu.projectAt("东湖区调整年度项目", "600000.00", ProjectStatus.RESERVE, null);
        String removed = donghu.projectAt("东湖区移出项目", "700000.00", ProjectStatus.RESERVE, null);
        String implemented = donghu.projectAt("东湖区实施库项目", "800000.00", ProjectStatus.IMPLEMENTATION, null);

        JsonNode adjustment = donghu.bureau().post("/api/v1/libraries/adjustments", Map.of("year", next,
                "note", "年度调整（测试）", "changes", List.of(
                        Map.of("projectId", moved, "action", "MOVE", "planYear", next + 2, "reason", "资金安排后移"),
                        Map.of("projectId", removed, "action", "REMOVE", "reason", "需求已由市级平台满足"),
                        Map.of("projectId", carried, "action", "REPRIORITIZE", "priority", 1, "reason", "民生急需"))))
                .expect(201);

        assertThat(adjustment.get("firstYear").asInt()).isEqualTo(next);
        assertThat(adjustment.get("lastYear").asInt()).isEqualTo(next + 2);
        JsonNode reserve = donghu.bureau().get("/api/v1/libraries/RESERVE").expect(200);
        assertThat(reserve.get("firstYear").asInt()).isEqualTo(next);
        assertThat(reserve.get("lastAdjustedYear").asInt()).isEqualTo(next);
        assertThat(ids(reserve.get("years").get(0).get("projects"))).contains(carried).doesNotContain(moved, removed);
        assertThat(reserve.get("years").get(0).get("projects").get(0).get("projectId").asString()).isEqualTo(carried);
        assertThat(ids(reserve.get("years").get(2).get("projects"))).contains(moved);
        assertThat(reserve.get("outsideHorizon")).isEmpty();
        assertThat(ids(donghu.bureau().get("/api/v1/libraries/IMPLEMENTATION").expect(200).get("years").get(0)
                .get("projects"))).contains(implemented);

        assertThat(history(removed)).extracting(c -> c.get("kind").asString()).containsExactly("ENTERED_RESERVE", "REMOVED");
        assertThat(history(removed).getLast().get("reason").asString()).isEqualTo("需求已由市级平台满足");
        assertThat(history(carried)).extracting(c -> c.get("kind").asString())
                .containsExactly("ENTERED_RESERVE", "REPRIORITIZED", "CARRIED_FORWARD");
        assertThat(history(moved).getLast().get("fromYear").asInt()).isEqualTo(today.getYear());
        assertThat(history(moved).getLast().get("toYear").asInt()).isEqualTo(next + 2);
        assertThat(donghu.status(removed)).isEqualTo("RESERVE");

        var again = refused(donghu.bureau().post("/api/v1/libraries/adjustments", Map.of("year", next)), 409, "R9");
        assertThat(again.get("title").asString()).contains("每年调整一次", "第九条");
        refused(donghu.bureau().post("/api/v1/libraries/adjustments", Map.of("year", today.getYear())), 409, "R9");
        assertThat(donghu.bureau().get("/api/v1/libraries/adjustments").expect(200)).hasSize(1);
        assertThat(history(removed)).hasSize(2);

        String late = donghu.projectAt("东湖区调整后入库项目", "300000.00", ProjectStatus.RESERVE, null);
        assertThat(ids(donghu.bureau().get("/api/v1/libraries/RESERVE").expect(200).get("years").get(0).get("projects")))
                .contains(late);
    }

    @Test
    void R9_badAdjustmentsAreRefusedWithTheirFieldAndChangeNothing() {
        String id = xihu.projectAt("西湖区调整输入项目", "500000.00", ProjectStatus.RESERVE, null);
        String draft = xihu.createComplete("西湖区未入库项目", "500000.00");
        int next = today.getYear() + 1;

        assertThat(field(refused(adjust(xihu, next, Map.of("projectId", id, "action", "MOVE", "planYear", next + 3,
                "reason", "超出")), 400, "R9"))).isEqualTo("changes[0].planYear");
        assertThat(field(refused(adjust(xihu, next, Map.of("projectId", draft, "action", "REMOVE", "reason", "未入库")),
                400, "R9"))).isEqualTo("changes[0].projectId");
        assertThat(field(refused(adjust(xihu, next, Map.of("projectId", id, "action", "REPRIORITIZE", "reason", "无次序")),
                400, "R9"))).isEqualTo("changes[0].priority");
        refused(adjust(xihu, next + 2), 400, "R9");
        assertThat(adjust(xihu, next, Map.of("projectId", id, "action", "REMOVE", "reason", " ")).status()).isEqualTo(400);
        assertThat(adjust(xihu, next, Map.of("projectId", "not-a-uuid", "action", "REMOVE", "reason", "x")).status())
                .isEqualTo(400);
        assertThat(adjust(xihu, next, Map.of("projectId", id, "action", "BURN", "reason", "x")).status()).isEqualTo(400);
        assertThat(xihu.bureau().send("POST", "/api/v1/libraries/adjustments", "{\"year\":").status()).isEqualTo(400);
        assertThat(xihu.bureau().get("/api/v1/libraries/NOT_A_LIBRARY").status()).isEqualTo(400);

        assertThat(xihu.bureau().get("/api/v1/libraries/adjustments").expect(200)).isEmpty();
        assertThat(row(thisYear(xihu, "RESERVE"), id)).isPresent();
    }

    @Test
    void R9_onlyTheBureauAdjustsAndOnlyTheBureauFinanceAndNdrcReadTheLibraries() {
        String id = xihu.projectAt("西湖区库权限项目", "500000.00", ProjectStatus.RESERVE, null);

        for (String reader : new String[] {"bureau", "finance", "ndrc"}) {
            assertThat(xihu.user(reader).get("/api/v1/libraries/RESERVE").status()).as(reader).isEqualTo(200);
        }
        for (String other : new String[] {"officer", "dept", "approval", "secrecy", "expert", "admin"}) {
            refused(xihu.user(other).get("/api/v1/libraries/RESERVE"), 403, "R9");
            refused(xihu.user(other).get("/api/v1/libraries/projects/" + id + "/history"), 403, "R9");
        }
        for (String other : new String[] {"finance", "ndrc", "officer", "dept", "admin"}) {
            refused(adjust(xihu.user(other), today.getYear() + 1), 403, "R9");
        }
        assertThat(xihu.bureau().get("/api/v1/libraries/adjustments").expect(200)).isEmpty();
    }

    @Test
    void anotherTenantsOfficersSeeNoneOfTheLibrariesProjectsWhateverHeaderTheySend() {
        String id = donghu.projectAt("东湖区库隔离项目", "500000.00", ProjectStatus.RESERVE, null);

        for (String header : new String[] {null, FORGED[0], FORGED[1]}) {
            ApiClient bureau = header == null ? xihu.bureau() : xihu.bureau().withHeader(header, "donghu");
            JsonNode board = bureau.get("/api/v1/libraries/RESERVE").expect(200);
            assertThat(board.get("years").valueStream().flatMap(y -> ids(y.get("projects")).stream())).doesNotContain(id);
            assertThat(bureau.get("/api/v1/libraries/projects/" + id + "/history").status()).isEqualTo(404);
            assertThat(bureau.post("/api/v1/libraries/adjustments", Map.of("year", today.getYear() + 1, "changes",
                    List.of(Map.of("projectId", id, "action", "REMOVE", "reason", "越权移出")))).status()).isEqualTo(400);
        }
        assertThat(history(id)).extracting(c -> c.get("kind").asString()).containsExactly("ENTERED_RESERVE");
    }

    private ApiClient.Response adjust(LifecycleDriver district, int year, Map<?, ?>... changes) {
        return adjust(district.bureau(), year, changes);
    }

    private static ApiClient.Response adjust(ApiClient who, int year, Map<?, ?>... changes) {
        return who.post("/api/v1/libraries/adjustments", Map.of("year", year, "changes", List.of(changes)));
    }

    private List<JsonNode> history(String id) {
        return donghu.bureau().get("/api/v1/libraries/projects/" + id + "/history").expect(200).valueStream().toList();
    }

    private JsonNode thisYear(LifecycleDriver district, String library) {
        JsonNode board = district.bureau().get("/api/v1/libraries/" + library).expect(200);
        return board.get("years").get(0).get("projects");
    }

    private static String field(JsonNode problem) {
        return problem.get("field").asString();
    }

    private static List<String> ids(JsonNode rows) {
        return rows.valueStream().map(r -> r.get("projectId").asString()).toList();
    }

    private static Optional<JsonNode> row(JsonNode rows, String id) {
        return rows.valueStream().filter(r -> r.get("projectId").asString().equals(id)).findFirst();
    }

    /** The sum of the rows' investments, as a bureau would add them up. */
    private record BigTotal(JsonNode rows) {
        java.math.BigDecimal sum() {
            return rows.valueStream().map(r -> r.get("totalInvestment").decimalValue())
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }
}

package cn.govit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleDriver;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第四条、第六条、第十二条、第十三条 — the leading group's meetings on the reserve library's projects: the bureau
 * records the agenda, the minutes and a decision per project; an inclusion puts the project in the annual plan
 * (the lifecycle's step, with the minutes) with its priority and funds, which opens the implementation library
 * (Art. 13) once approved; the finance bureau enters the year's arrangement and the plan shows what remains; a
 * meeting period of the rules' frequency that passed without a meeting is flagged.
 */
class LeadingGroupPlanTest extends LifecycleIntegrationTest {

    static final String MEETINGS = "/api/v1/plan/meetings";

    @Test
    void R12_theLeadingGroupsInclusionPutsAReserveProjectInTheAnnualPlanWithItsPriorityFundsAndMinutes() {
        String included = donghu.projectAt("东湖区年度计划项目甲", "2000000.00", ProjectStatus.RESERVE, null);
        String deferred = donghu.projectAt("东湖区年度计划项目乙", "600000.00", ProjectStatus.RESERVE, null);
        String submitted = donghu.projectAt("东湖区未入库项目", "600000.00", ProjectStatus.SUBMITTED, null);
        refused(donghu.bureau().post(MEETINGS, newMeeting(today, included, submitted)), 409, "R12");
        String meeting = meeting(donghu, today, included, deferred);
        int priority = priority();

        refused(decide(donghu, meeting, included, include(priority, "800000.00")), 409, "R12");
        JsonNode withMinutes = minutes(donghu.bureau(), meeting).expect(200);
        assertThat(withMinutes.get("minutesFilename").asString()).isEqualTo("领导小组会议纪要.pdf");
        assertThat(withMinutes.get("agenda").valueStream().map(i -> i.get("minutesDocumentId").isNull()))
                .containsOnly(false);
        assertThat(donghu.officer().get("/api/v1/projects/" + included + "/documents").expect(200).valueStream()
                .map(d -> d.get("type").asString())).contains("LEADING_GROUP_MINUTES");

        JsonNode after = decide(donghu, meeting, included, include(priority, "800000.00")).expect(200);

        JsonNode item = item(after, included);
        assertThat(item.get("decision").asString()).isEqualTo("INCLUDE");
        assertThat(item.get("priority").asInt()).isEqualTo(priority);
        assertThat(item.get("fundedAmount").decimalValue()).isEqualByComparingTo("800000.00");
        assertThat(item.get("planYear").asInt()).isEqualTo(today.getYear());
        assertThat(donghu.status(included)).isEqualTo("ANNUAL_PLAN");
        JsonNode step = donghu.steps(included).valueStream()
                .filter(s -> s.get("action").asString().equals("INCLUDE_IN_ANNUAL_PLAN")).findFirst().orElseThrow();
        assertThat(step.get("actor").asString()).isEqualTo("dh-bureau");
        assertThat(step.get("documents").get(0).get("id").asString()).isEqualTo(item.get("minutesDocumentId").asString());
        refused(decide(donghu, meeting, included, include(priority() , "1.00")), 409, "R12");

        assertThat(decide(donghu, meeting, deferred, Map.of("decision", "DEFER")).status()).isEqualTo(400);
        JsonNode deferral = item(decide(donghu, meeting, deferred, Map.of("decision", "DEFER", "reason", "资金不足，下季度再议"))
                .expect(200), deferred);
        assertThat(deferral.get("decision").asString()).isEqualTo("DEFER");
        assertThat(deferral.get("reason").asString()).isEqualTo("资金不足，下季度再议");
        assertThat(donghu.status(deferred)).isEqualTo("RESERVE");

        JsonNode plan = donghu.bureau().get("/api/v1/plan/years/" + today.getYear()).expect(200);
        JsonNode entry = plan.get("entries").valueStream().filter(e -> e.get("projectId").asString().equals(included))
                .findFirst().orElseThrow();
        assertThat(entry.get("priority").asInt()).isEqualTo(priority);
        assertThat(entry.get("fundedAmount").decimalValue()).isEqualByComparingTo("800000.00");
        assertThat(plan.get("entries").valueStream().map(e -> e.get("projectId").asString())).doesNotContain(deferred);
        assertThat(plan.get("entries").valueStream().map(e -> e.get("priority").asInt()).toList()).isSorted();
    }

    @Test
    void R12_theBureauCannotPutAProjectInTheAnnualPlanWithoutTheLeadingGroupsDecision() {
        String id = donghu.projectAt("东湖区未经审议项目", "500000.00", ProjectStatus.RESERVE, null);
        String decisionNeeded = "列入年度计划须经领导小组会议审议决定（第十二条）";

        JsonNode direct = refused(donghu.attempt(id, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, null,
                DocumentType.LEADING_GROUP_MINUTES), 422, "R12");
        assertThat(direct.get("findings").valueStream().map(f -> f.get("messageZh").asString()))
                .singleElement().asString().startsWith(decisionNeeded);
        JsonNode action = donghu.bureau().get("/api/v1/projects/" + id + "/actions").expect(200).valueStream()
                .filter(a -> a.get("action").asString().equals("INCLUDE_IN_ANNUAL_PLAN")).findFirst().orElseThrow();
        assertThat(action.get("outstanding").valueStream().map(f -> f.get("messageZh").asString()))
                .anySatisfy(m -> assertThat(m).startsWith(decisionNeeded));

        // A deferral is a decision of the group, but not to include: the step stays closed.
        String deferring = meeting(donghu, today, id);
        minutes(donghu.bureau(), deferring).expect(200);
        decide(donghu, deferring, id, Map.of("decision", "DEFER", "reason", "资金不足，下季度再议")).expect(200);
        refused(donghu.attempt(id, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, null, DocumentType.LEADING_GROUP_MINUTES),
                422, "R12");
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
        assertThat(donghu.steps(id).valueStream().map(s -> s.get("action").asString()))
                .doesNotContain("INCLUDE_IN_ANNUAL_PLAN");

        JsonNode included = item(donghu.includeInAnnualPlan(id, null).expect(200), id);

        assertThat(donghu.status(id)).isEqualTo("ANNUAL_PLAN");
        JsonNode entry = donghu.bureau().get("/api/v1/plan/years/" + today.getYear()).expect(200).get("entries")
                .valueStream().filter(e -> e.get("projectId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(entry.get("priority").asInt()).isEqualTo(included.get("priority").asInt());
        assertThat(entry.get("fundedAmount").decimalValue()).isEqualByComparingTo("500000.00");
    }

    @Test
    void R13_aProjectTheLeadingGroupIncludedEntersTheImplementationLibraryOnceItsFeasibilityStudyIsApproved() {
        String id = donghu.projectAt("东湖区实施库计划项目", "900000.00", ProjectStatus.RESERVE, null);
        String meeting = meeting(donghu, today, id);
        minutes(donghu.bureau(), meeting).expect(200);
        decide(donghu, meeting, id, include(priority(), "900000.00")).expect(200);

        donghu.walkTo(id, ProjectStatus.IMPLEMENTATION, null);

        assertThat(donghu.status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(donghu.bureau().get("/api/v1/libraries/IMPLEMENTATION").expect(200).get("years").valueStream()
                .flatMap(y -> y.get("projects").valueStream()).map(r -> r.get("projectId").asString())).contains(id);
    }

    @Test
    void R4_theFinanceBureauEntersTheFundArrangementAndThePlanShowsTheFundedTotalAndWhatRemains() {
        int year = today.getYear() + 1;
        String id = xihu.projectAt("西湖区资金安排项目", "3000000.00", ProjectStatus.RESERVE, null);
        String meeting = meeting(xihu, today, id);
        minutes(xihu.bureau(), meeting).expect(200);
        Map<String, Object> decision = new LinkedHashMap<>(include(priority(), "1250000.50"));
        decision.put("planYear", year);
        decide(xihu, meeting, id, decision).expect(200);
        String arrangement = "/api/v1/plan/years/" + year + "/arrangement";

        refused(xihu.bureau().send("PUT", arrangement, "{\"amount\":\"5000000.00\"}"), 403, "R4");
        JsonNode plan = xihu.user("finance").send("PUT", arrangement,
                "{\"amount\":\"5000000.00\",\"note\":\"市财政年度预算\"}").expect(200);

        assertThat(plan.get("arrangement").decimalValue()).isEqualByComparingTo("5000000.00");
        assertThat(plan.get("arrangementEnteredBy").asString()).isEqualTo("xh-finance");
        assertThat(plan.get("remaining").decimalValue())
                .isEqualByComparingTo(plan.get("arrangement").decimalValue().subtract(plan.get("fundedTotal").decimalValue()));
        assertThat(plan.get("fundedTotal").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("1250000.50"));
        assertThat(xihu.user("ndrc").get("/api/v1/plan/years/" + year).expect(200).get("arrangement").decimalValue())
                .isEqualByComparingTo("5000000.00");
        assertThat(xihu.bureau().get("/api/v1/plan/years/" + year).expect(200).get("remaining").decimalValue())
                .isEqualByComparingTo(plan.get("remaining").decimalValue());

        for (String role : List.of("officer", "dept", "expert", "approval")) {
            refused(xihu.user(role).get("/api/v1/plan/years/" + year), 403, "R12");
            refused(xihu.user(role).get(MEETINGS), 403, "R12");
        }
        refused(xihu.user("finance").post(MEETINGS, newMeeting(today, id)), 403, "R12");
        refused(xihu.user("ndrc").post(MEETINGS + "/" + meeting + "/projects/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "无")), 403, "R12");
        assertThat(xihu.user("finance").send("PUT", arrangement, "{\"amount\":\"-1\"}").status()).isEqualTo(400);
        assertThat(xihu.user("finance").send("PUT", arrangement, "{\"amount\":\"abc\"}").status()).isEqualTo(400);
        assertThat(xihu.user("finance").send("PUT", arrangement, "{\"amount\":").status()).isEqualTo(400);
        assertThat(xihu.user("finance").send("PUT", "/api/v1/plan/years/1800/arrangement", "{\"amount\":\"1\"}").status())
                .isEqualTo(400);
        assertThat(xihu.bureau().get("/api/v1/plan/years/abc").status()).isEqualTo(400);
    }

    @Test
    void R12_aMeetingPeriodThatPassedWithoutALeadingGroupMeetingIsFlagged() {
        int lastYear = today.getYear() - 1;
        String id = xihu.projectAt("西湖区季度会议项目", "500000.00", ProjectStatus.RESERVE, null);
        meeting(xihu, LocalDate.of(lastYear, 2, 10), id);

        JsonNode plan = xihu.bureau().get("/api/v1/plan/years/" + lastYear).expect(200);

        assertThat(plan.get("meetingsPerYear").asInt()).isEqualTo(4);
        List<JsonNode> periods = plan.get("periods").valueStream().toList();
        assertThat(periods).hasSize(4);
        assertThat(periods.get(0).get("from").asString()).isEqualTo(lastYear + "-01-01");
        assertThat(periods.get(0).get("to").asString()).isEqualTo(lastYear + "-03-31");
        assertThat(periods.get(0).get("meetings").asInt()).isPositive();
        assertThat(periods.get(0).get("flagged").asBoolean()).isFalse();
        assertThat(periods.get(1).get("from").asString()).isEqualTo(lastYear + "-04-01");
        assertThat(periods.stream().skip(1).map(p -> p.get("flagged").asBoolean())).containsOnly(true);
        JsonNode thisYear = xihu.bureau().get("/api/v1/plan/years/" + today.getYear()).expect(200);
        assertThat(thisYear.get("periods").valueStream().filter(p -> !p.get("ended").asBoolean())
                .map(p -> p.get("flagged").asBoolean())).containsOnly(false);

        String future = meeting(xihu, today.plusDays(30), id);
        refused(minutes(xihu.bureau(), future), 409, "R12");
        refused(decide(xihu, future, id, Map.of("decision", "REJECT", "reason", "测试")), 409, "R12");
    }

    @Test
    void R12_badInputIsRefusedWithoutA500() {
        String id = donghu.projectAt("东湖区计划输入项目", "500000.00", ProjectStatus.RESERVE, null);
        assertThat(donghu.bureau().post(MEETINGS, Map.of("title", "无议题", "heldOn", today.toString(),
                "projectIds", List.of())).status()).isEqualTo(400);
        assertThat(donghu.bureau().post(MEETINGS, Map.of("title", "坏编号", "heldOn", today.toString(),
                "projectIds", List.of("not-a-uuid"))).status()).isEqualTo(400);
        assertThat(donghu.bureau().post(MEETINGS, Map.of("title", "未知", "heldOn", today.toString(),
                "projectIds", List.of(UUID.randomUUID().toString()))).status()).isEqualTo(400);
        assertThat(donghu.bureau().send("POST", MEETINGS, "{\"title\":").status()).isEqualTo(400);
        String meeting = meeting(donghu, today, id);
        minutes(donghu.bureau(), meeting).expect(200);
        assertThat(decide(donghu, meeting, id, Map.of("decision", "MAYBE")).status()).isEqualTo(400);
        assertThat(decide(donghu, meeting, id, Map.of("decision", "INCLUDE", "fundedAmount", "1.00")).status())
                .isEqualTo(400);
        assertThat(decide(donghu, meeting, id, Map.of("decision", "INCLUDE", "priority", priority())).status())
                .isEqualTo(400);
        assertThat(decide(donghu, meeting, id, include(priority(), "-5")).status()).isEqualTo(400);
        assertThat(decide(donghu, meeting, id, include(priority(), "500000.01")).status()).isEqualTo(400);
        Map<String, Object> farYear = new LinkedHashMap<>(include(priority(), "1.00"));
        farYear.put("planYear", today.getYear() + 5);
        assertThat(decide(donghu, meeting, id, farYear).status()).isEqualTo(400);
        assertThat(decide(donghu, meeting, UUID.randomUUID().toString(), include(priority(), "1.00")).status())
                .isEqualTo(404);
        assertThat(donghu.bureau().get(MEETINGS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(donghu.bureau().get(MEETINGS + "/not-a-uuid").status()).isEqualTo(400);
        assertThat(donghu.bureau().upload(MEETINGS + "/" + meeting + "/minutes", "other", "x.pdf", SampleFiles.PDF,
                SampleFiles.pdf("x"), Map.of()).status()).isEqualTo(400);
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void anotherTenantsBureauSeesNoneOfTheMeetingsOrThePlanWhateverHeaderItSends() {
        String id = donghu.projectAt("东湖区计划隔离项目", "500000.00", ProjectStatus.RESERVE, null);
        String meeting = meeting(donghu, today, id);
        minutes(donghu.bureau(), meeting).expect(200);
        decide(donghu, meeting, id, include(priority(), "100000.00")).expect(200);

        for (String header : new String[] {null, "X-Tenant-Id", "X-GovIT-Tenant"}) {
            ApiClient bureau = header == null ? xihu.bureau() : xihu.bureau().withHeader(header, "donghu");
            assertThat(bureau.get(MEETINGS + "/" + meeting).status()).isEqualTo(404);
            assertThat(bureau.get(MEETINGS + "/" + meeting + "/minutes").status()).isEqualTo(404);
            assertThat(minutes(bureau, meeting).status()).isEqualTo(404);
            assertThat(bureau.post(MEETINGS + "/" + meeting + "/projects/" + id + "/decision",
                    Map.of("decision", "REJECT", "reason", "越权")).status()).isEqualTo(404);
            assertThat(bureau.get(MEETINGS).expect(200).valueStream().map(m -> m.get("id").asString()))
                    .doesNotContain(meeting);
            assertThat(bureau.get("/api/v1/plan/years/" + today.getYear()).expect(200).get("entries").valueStream()
                    .map(e -> e.get("projectId").asString())).doesNotContain(id);
            assertThat(bureau.post(MEETINGS, newMeeting(today, id)).status()).isEqualTo(400);
        }
        assertThat(xihu.user("finance").get("/api/v1/plan/years/" + today.getYear()).expect(200).get("entries")
                .valueStream().map(e -> e.get("projectId").asString())).doesNotContain(id);
    }

    static Map<String, Object> newMeeting(LocalDate heldOn, String... projects) {
        return Map.of("title", "大数据与数字经济领导小组 " + heldOn + " 会议", "heldOn", heldOn.toString(),
                "projectIds", List.of(projects));
    }

    static String meeting(LifecycleDriver district, LocalDate heldOn, String... projects) {
        return district.bureau().post(MEETINGS, newMeeting(heldOn, projects)).expect(201).get("id").asString();
    }

    static ApiClient.Response minutes(ApiClient who, String meeting) {
        return who.upload(MEETINGS + "/" + meeting + "/minutes", "file", "领导小组会议纪要.pdf", SampleFiles.PDF,
                SampleFiles.pdf("领导小组会议纪要"), Map.of());
    }

    static ApiClient.Response decide(LifecycleDriver district, String meeting, String project, Map<String, Object> body) {
        return district.bureau().post(MEETINGS + "/" + meeting + "/projects/" + project + "/decision", body);
    }

    static Map<String, Object> include(int priority, String funded) {
        return Map.of("decision", "INCLUDE", "priority", priority, "fundedAmount", funded);
    }

    /** A priority no other test of this JVM takes in the same plan year. */
    static int priority() {
        return LifecycleDriver.nextPriority();
    }

    static JsonNode item(JsonNode meeting, String project) {
        return meeting.get("agenda").valueStream().filter(i -> i.get("projectId").asString().equals(project))
                .findFirst().orElseThrow();
    }
}

package cn.govit.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 第十条、第十一条 — centralized review: a meeting of submitted projects, experts drawn reproducibly with
 * conflicts of interest excluded and shown, alternates for decliners, scores by the seated experts only,
 * the technical review opinion as a generated PDF on the project, and the fees per meeting. Each test draws
 * from experts of its own specialty, so that the tests' pools do not mix.
 */
class ReviewMeetingTest extends LifecycleIntegrationTest {

    private static final String MEETINGS = "/api/v1/review/meetings";

    @Test
    void R10_theDrawExcludesExpertsOfTheOwnerUnitAndItsDepartmentAndIsReproducibleFromItsSeed() {
        String specialty = specialty();
        List<String> pool = List.of(expert("张工", specialty, "江西师范大学", null), expert("李工", specialty, "南昌大学", null),
                expert("王工", specialty, "江西省信息中心", null), expert("赵工", specialty, "华东交通大学", null),
                expert("钱工", specialty, "南昌航空大学", null));
        String ownUnit = expert("孙工", specialty, "东湖区数据资源管理局", null);
        String department = expert("周工", specialty, "东湖区人民政府办公室", null);
        String unavailable = expert("吴工", specialty, "江西财经大学", null, false);
        String otherField = expert("郑工", specialty(), "江西农业大学", null);
        String first = donghu.projectAt("东湖区评审项目甲", "900000.00", ProjectStatus.UNDER_REVIEW, null);
        String second = donghu.projectAt("东湖区评审项目乙", "800000.00", ProjectStatus.SUBMITTED, null);
        String meeting = meeting(List.of(first, second), specialty, 3, 1);

        JsonNode drawn = donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", Map.of("seed", 20261201L)).expect(200);

        assertThat(drawn.get("seed").asLong()).isEqualTo(20261201L);
        List<String> panel = drawn.get("panel").valueStream().map(s -> s.get("expertId").asString()).toList();
        assertThat(panel).hasSize(4).isSubsetOf(pool);
        assertThat(drawn.get("panel").valueStream().map(s -> s.get("status").asString()))
                .containsExactly("SEATED", "SEATED", "SEATED", "WAITING");
        assertThat(drawn.get("exclusions").valueStream().map(e -> e.get("expertId").asString() + " " + e.get("reason").asString()))
                .containsExactlyInAnyOrder(
                        ownUnit + " 任职于项目“东湖区评审项目甲”的建设（业主）单位“东湖区数据资源管理局”，回避",
                        ownUnit + " 任职于项目“东湖区评审项目乙”的建设（业主）单位“东湖区数据资源管理局”，回避",
                        department + " 任职于项目“东湖区评审项目甲”的行政主管单位“东湖区人民政府办公室”，回避",
                        department + " 任职于项目“东湖区评审项目乙”的行政主管单位“东湖区人民政府办公室”，回避");
        assertThat(panel).doesNotContain(ownUnit, department, unavailable, otherField);
        assertThat(donghu.bureau().get(MEETINGS + "/" + meeting + "/draw/replay").expect(200).valueStream()
                .map(JsonNode::asString)).containsExactlyElementsOf(panel);
        assertThat(ExpertDraw.draw(pool.stream().sorted().map(UUID::fromString).toList(), 20261201L, 3, 1).stream()
                .map(UUID::toString)).containsExactlyElementsOf(panel);

        refused(donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", Map.of()), 409, "R10");
    }

    @Test
    void R10_anAlternateStepsInWhenAnExpertDeclinesAndNoneIsLeftAfterwards() {
        String specialty = specialty();
        for (String name : List.of("甲专家", "乙专家", "丙专家")) {
            expert(name, specialty, "江西省软件行业协会", null);
        }
        String id = donghu.projectAt("东湖区候补专家项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        String meeting = meeting(List.of(id), specialty, 2, 1);
        JsonNode drawn = donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", null).expect(200);
        String decliner = drawn.get("panel").get(0).get("expertId").asString();
        String alternate = drawn.get("panel").get(2).get("expertId").asString();
        assertThat(drawn.get("seed").isNull()).isFalse();

        JsonNode after = donghu.bureau().post(MEETINGS + "/" + meeting + "/experts/" + decliner + "/decline", null)
                .expect(200);

        assertThat(seat(after, decliner).get("status").asString()).isEqualTo("DECLINED");
        assertThat(seat(after, alternate).get("status").asString()).isEqualTo("SEATED");
        assertThat(seat(after, alternate).get("replacesExpertId").asString()).isEqualTo(decliner);
        String other = drawn.get("panel").get(1).get("expertId").asString();
        refused(donghu.bureau().post(MEETINGS + "/" + meeting + "/experts/" + other + "/decline", null), 409, "R10");
        assertThat(seat(donghu.bureau().get(MEETINGS + "/" + meeting).expect(200), other).get("status").asString())
                .isEqualTo("SEATED");
    }

    @Test
    void R10_anExpertScoresOnlyTheirMeetingsProjectsAndTheOpinionPdfTakesTheProjectIntoTheReserveLibrary()
            throws IOException {
        String specialty = specialty();
        String mine = expert("东湖区评审专家", specialty, "江西省电子政务专家组", "dh-expert");
        String elsewhere = specialty();
        expert("另一位专家", elsewhere, "江西省电子政务专家组", null);
        String id = donghu.projectAt("东湖区智慧审批评审项目", "1500000.00", ProjectStatus.UNDER_REVIEW, null);
        String other = donghu.projectAt("东湖区另一评审会项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        String meeting = meeting(List.of(id), specialty, 1, 0);
        String notMine = meeting(List.of(other), elsewhere, 1, 0);
        donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", null).expect(200);
        donghu.bureau().post(MEETINGS + "/" + notMine + "/draw", null).expect(200);
        ApiClient expert = donghu.user("expert");

        assertThat(expert.get(MEETINGS).expect(200).valueStream().map(m -> m.get("id").asString()))
                .contains(meeting).doesNotContain(notMine);
        assertThat(expert.get(MEETINGS + "/" + notMine).status()).isEqualTo(404);
        assertThat(expert.post(MEETINGS + "/" + notMine + "/projects/" + other + "/scores", score("90", "方案可行"))
                .status()).isEqualTo(404);
        assertThat(expert.post(MEETINGS + "/" + meeting + "/projects/" + other + "/scores", score("90", "不在本会"))
                .status()).isEqualTo(404);
        refused(donghu.bureau().post(MEETINGS + "/" + meeting + "/projects/" + id + "/opinion",
                Map.of("verdict", "APPROVED")), 409, "R10");

        JsonNode scored = expert.post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                score("86.5", "建设依据充分，技术方案可行，建议加强数据共享")).expect(200);
        assertThat(scored.get("projects").get(0).get("averageScore").decimalValue()).isEqualByComparingTo("86.50");
        assertThat(scored.get("projects").get(0).get("scores").get(0).get("expertId").asString()).isEqualTo(mine);

        JsonNode opinion = donghu.bureau().post(MEETINGS + "/" + meeting + "/projects/" + id + "/opinion",
                Map.of("verdict", "APPROVED_WITH_CONDITIONS", "conditions", "须在初步设计中补充数据共享交换接口清单")).expect(201);

        assertThat(opinion.get("kind").asString()).isEqualTo("TECHNICAL_REVIEW");
        assertThat(opinion.get("issuedBy").asString()).isEqualTo("dh-bureau");
        assertThat(opinion.get("current").asBoolean()).isTrue();
        String text = pdfText(donghu.officer().download("/api/v1/projects/" + id + "/documents/"
                + opinion.get("documentId").asString() + "/content"));
        assertThat(text).contains("技术评审意见", "东湖区智慧审批评审项目", "有条件通过", "须在初步设计中补充数据共享交换接口清单",
                "86.50", "东湖区评审专家", "第十条");

        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);
        donghu.attempt(id, LifecycleAction.PASS_REVIEW, null).expect(201);
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
        assertThat(donghu.bureau().get("/api/v1/libraries/RESERVE").expect(200).get("years").valueStream()
                .flatMap(y -> y.get("projects").valueStream()).map(r -> r.get("projectId").asString())).contains(id);
    }

    @Test
    void R10_expertsScoreAgainstTheTenantsCriteriaAndTheWeightedSumIsTheirScoreInTheWorkspaceAndThePdf()
            throws IOException {
        List<JsonNode> criteria = donghu.bureau().get("/api/v1/review/criteria").expect(200).valueStream().toList();
        assertThat(criteria.stream().map(c -> c.get("name").asString() + " " + c.get("weight").asInt()))
                .containsExactly("必要性 30", "技术方案 30", "投资合理性 25", "安全保障 15");
        assertThat(donghu.user("expert").get("/api/v1/review/criteria").expect(200).size()).isEqualTo(4);
        String specialty = specialty();
        expert("分项评分专家", specialty, "江西省电子政务专家组", "dh-expert");
        String id = donghu.projectAt("东湖区分项评分项目", "700000.00", ProjectStatus.UNDER_REVIEW, null);
        String meeting = meeting(List.of(id), specialty, 1, 0);
        donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", null).expect(200);
        ApiClient expert = donghu.user("expert");
        String[] given = {"90", "80", "70", "60"};
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            items.add(Map.of("criterionId", criteria.get(i).get("id").asString(), "score", given[i]));
        }

        assertThat(expert.post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                Map.of("opinion", "缺一项", "items", items.subList(0, 3))).status()).isEqualTo(400);
        assertThat(expert.post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                Map.of("opinion", "无分")).status()).isEqualTo(400);
        JsonNode scored = expert.post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                Map.of("opinion", "分项评分意见", "items", items)).expect(200);

        // 90×30% + 80×30% + 70×25% + 60×15% = 77.50
        JsonNode project = scored.get("projects").get(0);
        assertThat(project.get("scores").get(0).get("score").decimalValue()).isEqualByComparingTo("77.50");
        assertThat(project.get("averageScore").decimalValue()).isEqualByComparingTo("77.50");
        assertThat(project.get("scores").get(0).get("items").valueStream()
                .map(i -> i.get("criterion").asString() + " " + i.get("score").decimalValue().intValue()))
                .containsExactly("必要性 90", "技术方案 80", "投资合理性 70", "安全保障 60");
        assertThat(project.get("criteria").get(0).get("average").decimalValue()).isEqualByComparingTo("90.00");
        JsonNode opinion = donghu.bureau().post(MEETINGS + "/" + meeting + "/projects/" + id + "/opinion",
                Map.of("verdict", "APPROVED", "conditions", "同意通过技术评审")).expect(201);
        String text = pdfText(donghu.officer().download("/api/v1/projects/" + id + "/documents/"
                + opinion.get("documentId").asString() + "/content"));
        assertThat(text).contains("东湖区分项评分项目", "同意通过技术评审", "77.50", "必要性（权重 30）：90.00",
                "安全保障（权重 15）：60.00");
    }

    @Test
    void R10_theBureauSetsItsOwnCriteriaWhoseWeightsSumTo100() {
        refused(xihu.user("expert").send("PUT", "/api/v1/review/criteria",
                "{\"criteria\":[{\"name\":\"必要性\",\"weight\":100}]}"), 403, "R10");
        assertThat(xihu.bureau().send("PUT", "/api/v1/review/criteria",
                "{\"criteria\":[{\"name\":\"必要性\",\"weight\":60},{\"name\":\"技术方案\",\"weight\":30}]}")
                .status()).isEqualTo(400);
        assertThat(xihu.bureau().send("PUT", "/api/v1/review/criteria",
                "{\"criteria\":[{\"name\":\"必要性\",\"weight\":50},{\"name\":\"必要性\",\"weight\":50}]}")
                .status()).isEqualTo(400);
        assertThat(xihu.bureau().send("PUT", "/api/v1/review/criteria", "{\"criteria\":[]}").status()).isEqualTo(400);
        assertThat(xihu.bureau().send("PUT", "/api/v1/review/criteria", "{\"criteria\":").status()).isEqualTo(400);
        String original = xihu.bureau().get("/api/v1/review/criteria").expect(200).valueStream()
                .map(c -> "{\"name\":\"" + c.get("name").asString() + "\",\"weight\":" + c.get("weight").asInt() + "}")
                .collect(java.util.stream.Collectors.joining(",", "{\"criteria\":[", "]}"));

        JsonNode set = xihu.bureau().send("PUT", "/api/v1/review/criteria",
                "{\"criteria\":[{\"name\":\"必要性\",\"weight\":40},{\"name\":\"技术方案\",\"weight\":35},"
                        + "{\"name\":\"数据共享\",\"weight\":25}]}").expect(200);

        assertThat(set.valueStream().map(c -> c.get("name").asString() + " " + c.get("weight").asInt()))
                .containsExactly("必要性 40", "技术方案 35", "数据共享 25");
        assertThat(donghu.bureau().get("/api/v1/review/criteria").expect(200).valueStream()
                .map(c -> c.get("name").asString())).contains("安全保障").doesNotContain("数据共享");
        xihu.bureau().send("PUT", "/api/v1/review/criteria", original).expect(200);
    }

    @Test
    void R11_theFeesOfTheDrawnExpertsAreRecordedAndTotalledPerMeeting() {
        String specialty = specialty();
        expert("费用专家一", specialty, "南昌大学", null);
        expert("费用专家二", specialty, "江西师范大学", null);
        String id = donghu.projectAt("东湖区评审费项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        String meeting = meeting(List.of(id), specialty, 2, 0);
        JsonNode drawn = donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", null).expect(200);
        String a = drawn.get("panel").get(0).get("expertId").asString();
        String b = drawn.get("panel").get(1).get("expertId").asString();

        donghu.bureau().send("PUT", MEETINGS + "/" + meeting + "/experts/" + a + "/fee", "{\"amount\":\"800.00\"}").expect(200);
        JsonNode paid = donghu.bureau().send("PUT", MEETINGS + "/" + meeting + "/experts/" + b + "/fee",
                "{\"amount\":\"1200.50\"}").expect(200);

        assertThat(paid.get("feeTotal").decimalValue()).isEqualByComparingTo("2000.50");
        assertThat(seat(paid, a).get("fee").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(donghu.bureau().send("PUT", MEETINGS + "/" + meeting + "/experts/" + a + "/fee",
                "{\"amount\":\"-1\"}").status()).isEqualTo(400);
        refused(donghu.department().send("PUT", MEETINGS + "/" + meeting + "/experts/" + a + "/fee",
                "{\"amount\":\"1.00\"}"), 403, "R10");
    }

    @Test
    void R10_onlyTheBureauKeepsThePoolAndTheMeetingsAndBadInputIsRefusedWithout500() {
        String id = donghu.projectAt("东湖区评审权限项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        String draft = donghu.createComplete("东湖区草稿项目", "500000.00");
        for (String role : List.of("officer", "dept", "finance", "approval", "admin")) {
            refused(donghu.user(role).get("/api/v1/review/experts"), 403, "R10");
            refused(donghu.user(role).get(MEETINGS), 403, "R10");
            refused(donghu.user(role).post(MEETINGS, newMeeting(List.of(id), specialty(), 1, 0)), 403, "R10");
        }
        refused(donghu.user("expert").post("/api/v1/review/experts", Map.of("name", "自荐", "kind", "EXPERT",
                "specialties", List.of("软件"), "employer", "某公司")), 403, "R10");
        refused(donghu.user("expert").post(MEETINGS, newMeeting(List.of(id), specialty(), 1, 0)), 403, "R10");

        refused(donghu.bureau().post(MEETINGS, newMeeting(List.of(draft), specialty(), 1, 0)), 409, "R10");
        assertThat(donghu.bureau().post(MEETINGS, newMeeting(List.of(), specialty(), 1, 0)).status()).isEqualTo(400);
        assertThat(donghu.bureau().post(MEETINGS, newMeeting(List.of(id), specialty(), 0, 0)).status()).isEqualTo(400);
        assertThat(donghu.bureau().post(MEETINGS, newMeeting(List.of("not-a-uuid"), specialty(), 1, 0)).status())
                .isEqualTo(400);
        assertThat(donghu.bureau().send("POST", MEETINGS, "{\"title\":").status()).isEqualTo(400);
        assertThat(donghu.bureau().post("/api/v1/review/experts", Map.of("name", "无专业", "kind", "EXPERT",
                "specialties", List.of(), "employer", "某公司")).status()).isEqualTo(400);
        assertThat(donghu.bureau().get(MEETINGS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(donghu.bureau().get(MEETINGS + "/not-a-uuid").status()).isEqualTo(400);
        String specialty = specialty();
        expert("评分输入专家", specialty, "南昌大学", "dh-expert");
        String meeting = meeting(List.of(id), specialty, 1, 0);
        donghu.bureau().post(MEETINGS + "/" + meeting + "/draw", Map.of("seed", 1)).expect(200);
        assertThat(donghu.user("expert").post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                score("101", "超出")).status()).isEqualTo(400);
        assertThat(donghu.user("expert").post(MEETINGS + "/" + meeting + "/projects/" + id + "/scores",
                score("90", " ")).status()).isEqualTo(400);
    }

    @Test
    void anotherTenantsBureauSeesNoneOfTheMeetingsWhateverHeaderItSends() {
        String specialty = specialty();
        expert("隔离专家", specialty, "南昌大学", null);
        String id = donghu.projectAt("东湖区评审隔离项目", "500000.00", ProjectStatus.UNDER_REVIEW, null);
        String meeting = meeting(List.of(id), specialty, 1, 0);

        for (String header : new String[] {null, "X-Tenant-Id", "X-GovIT-Tenant"}) {
            ApiClient bureau = header == null ? xihu.bureau() : xihu.bureau().withHeader(header, "donghu");
            assertThat(bureau.get(MEETINGS + "/" + meeting).status()).isEqualTo(404);
            assertThat(bureau.post(MEETINGS + "/" + meeting + "/draw", null).status()).isEqualTo(404);
            assertThat(bureau.get(MEETINGS).expect(200).valueStream().map(m -> m.get("id").asString()))
                    .doesNotContain(meeting);
            assertThat(bureau.get("/api/v1/review/experts").expect(200).valueStream()
                    .map(e -> e.get("name").asString())).doesNotContain("隔离专家");
            assertThat(bureau.post(MEETINGS, newMeeting(List.of(id), specialty, 1, 0)).status()).isEqualTo(400);
        }
        assertThat(xihu.user("expert").get(MEETINGS + "/" + meeting).status()).isEqualTo(404);
    }

    private static String specialty() {
        return "政务软件-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String expert(String name, String specialty, String employer, String username) {
        return expert(name, specialty, employer, username, true);
    }

    private String expert(String name, String specialty, String employer, String username, boolean available) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "EXPERT");
        body.put("specialties", List.of(specialty, "信息安全"));
        body.put("employer", employer);
        body.put("contact", "0791-8888" + name.length());
        body.put("available", available);
        if (username != null) {
            body.put("username", username);
        }
        return donghu.bureau().post("/api/v1/review/experts", body).expect(201).get("id").asString();
    }

    private static Map<String, Object> newMeeting(List<String> projects, String specialty, int officials, int alternates) {
        return Map.of("title", "集中评审会（测试）", "heldOn", java.time.LocalDate.now(cn.govit.core.shared.BusinessTime.ZONE)
                .toString(), "place", "东湖区政务服务中心 3 楼会议室", "projectIds", projects, "specialties", List.of(specialty),
                "officials", officials, "alternates", alternates);
    }

    private String meeting(List<String> projects, String specialty, int officials, int alternates) {
        return donghu.bureau().post(MEETINGS, newMeeting(projects, specialty, officials, alternates)).expect(201)
                .get("id").asString();
    }

    private static Map<String, Object> score(String score, String opinion) {
        return Map.of("score", score, "opinion", opinion);
    }

    private static JsonNode seat(JsonNode meeting, String expertId) {
        return meeting.get("panel").valueStream().filter(s -> s.get("expertId").asString().equals(expertId))
                .findFirst().orElseThrow();
    }

    private static String pdfText(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).as("the embedded font is a subset").isLessThan(2_000_000);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
            }
            return new PDFTextStripper().getText(document);
        }
    }
}

package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.ForeignTokens;
import cn.govit.devstack.Platform;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Scripts reach the API through the gateway with a bearer token; the token alone decides the tenant. */
class GatewayApiTest {

    private static Map<String, Object> project(String title) {
        return Map.of("title", title, "kind", "OPERATION_MAINTENANCE", "ownerUnit", "东湖区城市管理局",
                "totalInvestment", "450000.00");
    }

    @Test
    void donghuOfficersProjectIsInvisibleToXihuByListByIdAndByForgedHeader() {
        String id = SystemUnderTest.gatewayAs("dh-officer").post("/api/v1/projects", project("东湖区网关隔离测试"))
                .expect(201).get("id").asString();

        assertThat(ids(SystemUnderTest.gatewayAs("dh-officer").get("/api/v1/projects").expect(200))).contains(id);
        ApiClient xihu = SystemUnderTest.gatewayAs("xh-officer");
        assertThat(ids(xihu.get("/api/v1/projects").expect(200))).doesNotContain(id);
        assertThat(xihu.get("/api/v1/projects/" + id).status()).isEqualTo(404);

        ApiClient forged = xihu.withHeader("X-Tenant-Id", "donghu").withHeader("X-GovIT-Tenant", "donghu");
        List<String> seenWithForgedHeader = ids(forged.get("/api/v1/projects").expect(200));
        assertThat(seenWithForgedHeader).doesNotContain(id);
        assertThat(seenWithForgedHeader).isEqualTo(ids(xihu.get("/api/v1/projects").expect(200)));
        assertThat(forged.get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void tokensOfOtherClientsIdTokensAndChangedTokensAre401AtTheGatewayAndDirectlyAtTheAppAndProvisioning() {
        Platform platform = SystemUnderTest.platform();
        for (String user : List.of("dh-officer", "platform-admin")) {
            assertThat(ForeignTokens.admittedBy(platform.gatewayUrl(), TestServices.keycloak(), user,
                    "/api/v1/projects", "/api/v1/tenants")).isEmpty();
            assertThat(ForeignTokens.admittedBy(platform.appUrl(), TestServices.keycloak(), user, "/api/v1/projects"))
                    .isEmpty();
            assertThat(ForeignTokens.admittedBy(platform.provisioningUrl(), TestServices.keycloak(), user,
                    "/api/v1/tenants")).isEmpty();
        }
        assertThat(new ApiClient(platform.appUrl(), Tokens.password(TestServices.keycloak(), "dh-officer"))
                .get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(new ApiClient(platform.provisioningUrl(), Tokens.password(TestServices.keycloak(), "platform-admin"))
                .get("/api/v1/tenants").status()).isEqualTo(200);
    }

    @Test
    void demoDataIsSeededPerDistrict() {
        assertThat(titles(SystemUnderTest.gatewayAs("xh-officer").get("/api/v1/projects").expect(200)))
                .contains("西湖区智慧教育资源共享平台").noneMatch(t -> t.startsWith("东湖区"));
    }

    @Test
    void demoProjectsStandAtTheirStagesAndTheirDocumentsComeBackThroughTheGatewayUnchanged() throws Exception {
        ApiClient donghu = SystemUnderTest.gatewayAs("dh-officer");
        JsonNode upgrade = donghu.get("/api/v1/projects").expect(200).valueStream()
                .filter(p -> p.get("title").asString().equals("东湖区“一网通办”政务服务平台升级")).findFirst().orElseThrow();
        assertThat(upgrade.get("status").asString()).isEqualTo("RESERVE");

        String id = upgrade.get("id").asString();
        JsonNode steps = donghu.get("/api/v1/projects/" + id + "/steps").expect(200);
        assertThat(steps.valueStream().map(s -> s.get("action").asString()).toList())
                .containsExactly("SUBMIT", "ENDORSE", "PASS_REVIEW");
        assertThat(steps.get(0).get("documents").get(0).get("type").asString()).isEqualTo("APPLICATION_PLAN");
        assertThat(steps.get(2).get("actor").asString()).isEqualTo("dh-bureau");
        // Art. 10: the review passed on the bureau's own technical review opinion, with its signed document.
        JsonNode review = donghu.get("/api/v1/projects/" + id + "/opinions").expect(200).get(0);
        assertThat(review.get("kind").asString()).isEqualTo("TECHNICAL_REVIEW");
        assertThat(review.get("issuedBy").asString()).isEqualTo("dh-bureau");
        JsonNode opinion = donghu.get("/api/v1/projects/" + id + "/documents/" + review.get("documentId").asString())
                .expect(200);
        assertThat(opinion.get("type").asString()).isEqualTo("TECHNICAL_REVIEW_OPINION");

        byte[] downloaded = donghu.download("/api/v1/projects/" + id + "/documents/" + opinion.get("id").asString()
                + "/content").body();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded)))
                .isEqualTo(opinion.get("sha256").asString());
        assertThat(SystemUnderTest.gatewayAs("xh-officer").get("/api/v1/projects/" + id + "/steps").status())
                .isEqualTo(404);
    }

    /**
     * 第三十三条 — the open-data interface and its OpenAPI document pass the gateway's route: a script reads the
     * document, then pages through the catalogue with the path and parameters it gives; without a token, 401.
     */
    @Test
    void theOpenDataDocumentLeadsAScriptThroughTheCatalogueBehindTheGateway() {
        ApiClient dept = SystemUnderTest.gatewayAs("dh-dept");
        JsonNode document = dept.get("/v3/api-docs/open-data").expect(200);

        assertThat(document.get("openapi").asString()).startsWith("3.");
        String path = document.get("paths").propertyNames().stream().filter(p -> document.get("paths").get(p).has("get")
                && "listProjects".equals(document.get("paths").get(p).get("get").get("operationId").asString()))
                .findFirst().orElseThrow();
        assertThat(path).isEqualTo("/api/open/v1/projects");
        List<String> parameters = document.get("paths").get(path).get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList();
        assertThat(parameters).contains("page", "size");
        List<String> titles = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = dept.get(path + "?size=2&page=" + page).expect(200);
            found.get("items").forEach(e -> titles.add(e.get("title").asString()));
            if (page + 1 >= found.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(titles).contains("东湖区“一网通办”政务服务平台升级").noneMatch(t -> t.startsWith("西湖区"));
        assertThat(new ApiClient(SystemUnderTest.platform().gatewayUrl(), null).get("/v3/api-docs/open-data").status())
                .isEqualTo(401);
    }

    @Test
    void apiWithoutTokenIs401NotALoginRedirect() {
        assertThat(new ApiClient(SystemUnderTest.platform().gatewayUrl(), null).get("/api/v1/projects").status())
                .isEqualTo(401);
    }

    static List<String> ids(JsonNode list) {
        return list.valueStream().map(p -> p.get("id").asString()).toList();
    }

    static List<String> titles(JsonNode list) {
        return list.valueStream().map(p -> p.get("title").asString()).toList();
    }
}

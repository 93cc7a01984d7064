package cn.govit.gateway;

import java.net.URI;
import java.util.Map;

import cn.govit.devstack.OversizedUpload;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB body never gets through the gateway: refused with a 413 Problem, unread when its
 * {@code Content-Length} says so, cut off at the limit when it is chunked; bodies within the limit, and
 * tenant archives within theirs, pass whole. A small breaker shows oversized bodies do not open it.
 */
@TestPropertySource(properties = {
        "govit.edge.breaker.sliding-window-size=2",
        "govit.edge.breaker.minimum-calls=2",
        "govit.edge.breaker.failure-rate-threshold=100"})
class UploadLimitTest extends GatewayIntegrationTest {

    private static final long MB = 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200 * MB;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void twoHundredMegabytesWithContentLengthAreRefusedUnreadWith413() {
        int reached = APP.received();

        OversizedUpload.Answer answer = upload("dh-officer", "/api/v1/projects/p/documents", TWO_HUNDRED_MB, false);

        assertTooLarge(answer, "/api/v1/projects/p/documents");
        assertThat(APP.received()).as("the app never saw the request").isEqualTo(reached);
        assertThat(answer.sent()).as("the client stopped at the refusal").isLessThan(TWO_HUNDRED_MB);
    }

    @Test
    void twoHundredMegabytesChunkedAreCutOffAtTheLimitWith413AndLeaveTheBreakerClosed() {
        for (int i = 0; i < 3; i++) {
            OversizedUpload.Answer answer = upload("dh-officer", "/api/v1/projects/p/documents", TWO_HUNDRED_MB, true);
            assertTooLarge(answer, "/api/v1/projects/p/documents");
            assertThat(answer.sent()).isLessThan(TWO_HUNDRED_MB);
        }

        assertThat(echo(as("dh-officer").get("/api/v1/projects")).server()).isEqualTo("app");
    }

    @Test
    void bodiesWithinTheLimitReachTheAppWhole() {
        for (boolean chunked : new boolean[] {false, true}) {
            OversizedUpload.Answer answer = upload("dh-officer", "/api/v1/projects/p/documents", 20 * MB, chunked);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            Echo echo = echo(answer.body());
            assertThat(echo.server()).isEqualTo("app");
            assertThat(echo.bodyBytes()).isEqualTo(20 * MB);
        }
    }

    @Test
    void tenantArchivesHaveTheirOwnLargerLimit() {
        OversizedUpload.Answer answer = upload("platform-admin", "/api/v1/tenants/imports", 40 * MB, true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Echo echo = echo(answer.body());
        assertThat(echo.server()).isEqualTo("provisioning");
        assertThat(echo.bodyBytes()).isEqualTo(40 * MB);
    }

    private OversizedUpload.Answer upload(String user, String path, long size, boolean chunked) {
        return OversizedUpload.send("POST", URI.create(gatewayUrl() + path),
                Map.of("Authorization", "Bearer " + token(user), "Content-Type", "application/octet-stream"),
                new byte[0], size, new byte[0], chunked);
    }

    private static void assertTooLarge(OversizedUpload.Answer answer, String path) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("上传的内容超过了 26 MB 的上限，请压缩或拆分后再上传");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
    }
}

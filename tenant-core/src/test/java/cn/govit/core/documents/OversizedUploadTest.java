package cn.govit.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.OversizedUpload;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 200 MB document posted to the API, with its length or streamed, is refused with a 413 Problem, is
 * not stored, and leaves the app's heap as it was: the body is made up as it is sent, so only the app
 * could hold it, and the servlet's multipart parsing writes parts to disk and stops at its limit.
 */
class OversizedUploadTest extends CoreIntegrationTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void twoHundredMegabytesAreRefusedWith413AndLeaveTheHeapAsItWas(boolean chunked) {
        ApiClient donghu = as("dh-officer");
        String project = SampleFiles.newProject(donghu, "东湖区两百兆材料");
        String path = "/api/v1/projects/" + project + "/documents";
        long before = usedHeapAfterGc();

        OversizedUpload.Answer answer = OversizedUpload.send("POST", URI.create(baseUrl() + path),
                Map.of("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), "dh-officer"),
                        "Content-Type", "multipart/form-data; boundary=cut"),
                ("--cut\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nAPPLICATION_PLAN\r\n"
                        + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"方案.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8),
                TWO_HUNDRED_MB, "\r\n--cut--\r\n".getBytes(StandardCharsets.UTF_8), chunked);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("上传的内容超过了服务器允许的大小，请压缩或拆分后再上传");
        long after = usedHeapAfterGc();
        System.getLogger(getClass().getName())
                .log(System.Logger.Level.INFO, "heap used before {0}, after {1} bytes", before, after);
        assertThat((double) after).as("heap used before %d, after %d bytes", before, after)
                .isLessThanOrEqualTo(before * 1.10);
        assertThat(donghu.get(path).expect(200).size()).isZero();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

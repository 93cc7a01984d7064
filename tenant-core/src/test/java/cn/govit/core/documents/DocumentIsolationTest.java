package cn.govit.core.documents;

import static cn.govit.core.documents.SampleFiles.PDF;
import static cn.govit.core.documents.SampleFiles.ids;
import static cn.govit.core.documents.SampleFiles.newProject;
import static cn.govit.core.documents.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;

/** A district's documents exist for that district only: by guessed id, by forged header, under another project. */
class DocumentIsolationTest extends CoreIntegrationTest {

    private static final String SECRET_NAME = "东湖区内部评审意见.pdf";

    @Test
    void xihuCannotListReadDownloadOrUploadToADonghuProject() {
        Donghu donghu = donghuProjectWithDocument();

        assertNothingOfDonghuReaches(as("xh-officer"), donghu);
    }

    @Test
    void forgedTenantHeaderChangesNothing() {
        Donghu donghu = donghuProjectWithDocument();

        for (String header : new String[] {"X-Tenant-Id", "X-GovIT-Tenant"}) {
            assertNothingOfDonghuReaches(as("xh-officer").withHeader(header, "donghu"), donghu);
        }
    }

    @Test
    void donghuDocumentUnderAXihuProjectIsNotFound() {
        Donghu donghu = donghuProjectWithDocument();
        ApiClient xihu = as("xh-officer");
        String xihuProject = newProject(xihu, "西湖区智慧教育平台");

        assertNotFoundUnder(xihu, xihuProject, donghu.document());
        assertThat(ids(xihu.get("/api/v1/projects/" + xihuProject + "/documents").expect(200)))
                .doesNotContain(donghu.document());
    }

    @Test
    void documentOfOneProjectIsNotFoundUnderAnotherProjectOfTheSameDistrict() {
        Donghu donghu = donghuProjectWithDocument();
        ApiClient officer = as("dh-officer");

        assertNotFoundUnder(officer, newProject(officer, "东湖区另一个项目"), donghu.document());
    }

    @Test
    void userWithoutTenantCannotReachDocuments() {
        Donghu donghu = donghuProjectWithDocument();
        ApiClient admin = as("platform-admin");

        assertThat(admin.get("/api/v1/projects/" + donghu.project() + "/documents").status()).isEqualTo(403);
        assertThat(admin.download(donghu.contentPath()).statusCode()).isEqualTo(403);
        assertThat(upload(admin, donghu.project(), "OTHER", "a.pdf", PDF, SampleFiles.pdf("x")).status())
                .isEqualTo(403);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Donghu donghu = donghuProjectWithDocument();

        assertThat(new ApiClient(baseUrl(), null).download(donghu.contentPath()).statusCode()).isEqualTo(401);
    }

    private void assertNothingOfDonghuReaches(ApiClient xihu, Donghu donghu) {
        String documents = "/api/v1/projects/" + donghu.project() + "/documents";
        ApiClient.Response list = xihu.get(documents);
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.body()).doesNotContain(SECRET_NAME);
        ApiClient.Response metadata = xihu.get(documents + "/" + donghu.document());
        assertThat(metadata.status()).isEqualTo(404);
        assertThat(metadata.body()).doesNotContain(SECRET_NAME);
        HttpResponse<byte[]> download = xihu.download(donghu.contentPath());
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
        assertThat(upload(xihu, donghu.project(), "EXPERT_OPINION", "伪造意见.pdf", PDF, SampleFiles.pdf("forged"))
                .status()).isEqualTo(404);
        assertThat(ids(as("dh-officer").get(documents).expect(200))).containsExactly(donghu.document());
    }

    private static void assertNotFoundUnder(ApiClient client, String project, String document) {
        String path = "/api/v1/projects/" + project + "/documents/" + document;
        assertThat(client.get(path).status()).isEqualTo(404);
        assertThat(client.download(path + "/content").statusCode()).isEqualTo(404);
    }

    private Donghu donghuProjectWithDocument() {
        ApiClient officer = as("dh-officer");
        String project = newProject(officer, "东湖区数据共享交换平台");
        String document = upload(officer, project, "APPLICATION_PLAN", SECRET_NAME, PDF,
                SampleFiles.pdf("internal opinion")).expect(201).get("id").asString();
        return new Donghu(project, document);
    }

    private record Donghu(String project, String document) {

        String contentPath() {
            return "/api/v1/projects/" + project + "/documents/" + document + "/content";
        }
    }
}

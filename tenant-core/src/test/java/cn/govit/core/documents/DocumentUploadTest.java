package cn.govit.core.documents;

import static cn.govit.core.documents.SampleFiles.PDF;
import static cn.govit.core.documents.SampleFiles.newProject;
import static cn.govit.core.documents.SampleFiles.sha256;
import static cn.govit.core.documents.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Officers attach files to a project and get exactly those files back; bad files are refused and not kept. */
class DocumentUploadTest extends CoreIntegrationTest {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @Test
    void uploadedPlanDownloadsByteForByteUnderItsChineseName() throws Exception {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区政务服务平台升级");
        byte[] plan = SampleFiles.pdf("Donghu e-government platform: construction plan");
        String filename = "东湖区政务服务平台建设方案（2026）.pdf";

        ApiClient.Response created = upload(donghu, project, "APPLICATION_PLAN", filename, PDF, plan);

        JsonNode view = created.expect(201);
        String id = view.get("id").asString();
        assertThat(created.headers().get("location"))
                .containsExactly("/api/v1/projects/" + project + "/documents/" + id);
        assertThat(view.get("filename").asString()).isEqualTo(filename);
        assertThat(view.get("type").asString()).isEqualTo("APPLICATION_PLAN");
        assertThat(view.get("contentType").asString()).isEqualTo(PDF);
        assertThat(view.get("sizeBytes").asLong()).isEqualTo(plan.length);
        assertThat(view.get("sha256").asString()).isEqualTo(sha256(plan));
        assertThat(view.get("uploadedBy").asString()).isEqualTo("dh-officer");
        assertThat(view.get("uploadedAt").asString()).endsWith("+08:00");
        assertThat(view.get("stepId").isNull()).isTrue();
        assertThat(donghu.get("/api/v1/projects/" + project + "/documents/" + id).expect(200)).isEqualTo(view);
        assertThat(donghu.get("/api/v1/projects/" + project + "/documents").expect(200).get(0)).isEqualTo(view);

        HttpResponse<byte[]> download = donghu.download("/api/v1/projects/" + project + "/documents/" + id + "/content");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(plan);
        assertThat(sha256(download.body())).isEqualTo(sha256(plan));
        assertThat(download.headers().firstValue("Content-Type")).hasValue(PDF);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8));
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256(plan) + "\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void newestDocumentIsListedFirst() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区城市大脑二期");
        upload(donghu, project, "APPLICATION_PLAN", "方案.pdf", PDF, SampleFiles.pdf("plan")).expect(201);
        String minutes = upload(donghu, project, "NDRC_APPLICATION_FORM", "项目申请表.pdf", PDF,
                SampleFiles.pdf("minutes")).expect(201).get("id").asString();

        JsonNode list = donghu.get("/api/v1/projects/" + project + "/documents").expect(200);

        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("id").asString()).isEqualTo(minutes);
        assertThat(list.get(0).has("content")).isFalse();
    }

    static Stream<Arguments> acceptedFiles() {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Stream.of(
                Arguments.of("Word (.docx)", docx, docx, SampleFiles.withPrefix("504b0304", "word/document.xml")),
                Arguments.of("Word 97 (.doc)", "application/msword", "application/msword",
                        SampleFiles.withPrefix("d0cf11e0a1b11ae1", "doc")),
                Arguments.of("Excel (.xlsx)", xlsx, xlsx, SampleFiles.withPrefix("504b0304", "xl/workbook.xml")),
                Arguments.of("Excel 97 (.xls)", "application/vnd.ms-excel", "application/vnd.ms-excel",
                        SampleFiles.withPrefix("d0cf11e0a1b11ae1", "xls")),
                Arguments.of("OFD", "application/ofd", "application/ofd", SampleFiles.withPrefix("504b0304", "OFD.xml")),
                Arguments.of("ZIP as Windows declares it", "application/x-zip-compressed", "application/zip",
                        SampleFiles.withPrefix("504b0304", "a.txt")),
                Arguments.of("PNG", "image/png", "image/png", SampleFiles.png()),
                Arguments.of("JPEG", "IMAGE/JPEG", "image/jpeg", SampleFiles.withPrefix("ffd8ffe0", "JFIF")),
                Arguments.of("UTF-8 text", "text/plain; charset=UTF-8", "text/plain",
                        "会议记录：同意立项。".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void everyAcceptedFormatIsStoredWhenItsContentIsWhatItClaims(String name, String declared, String stored,
                                                                 byte[] content) {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区材料格式");

        JsonNode view = upload(donghu, project, "OTHER", "材料", declared, content).expect(201);

        assertThat(view.get("contentType").asString()).isEqualTo(stored);
        HttpResponse<byte[]> download = donghu.download(
                "/api/v1/projects/" + project + "/documents/" + view.get("id").asString() + "/content");
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void textIsServedAsUtf8SoBrowsersDoNotGuess() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区文本材料");
        String id = upload(donghu, project, "WRITTEN_EXPLANATION", "说明.txt", "text/plain",
                "书面说明".getBytes(StandardCharsets.UTF_8)).expect(201).get("id").asString();

        HttpResponse<byte[]> download = donghu.download("/api/v1/projects/" + project + "/documents/" + id + "/content");

        assertThat(download.headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringCase("text/plain;charset=UTF-8");
    }

    @Test
    void pathSentAlongWithTheFilenameIsDropped() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区文件名");

        JsonNode view = upload(donghu, project, "APPLICATION_PLAN", "C:\\Users\\张三\\Desktop\\项目建设方案.pdf",
                PDF, SampleFiles.pdf("minutes")).expect(201);

        assertThat(view.get("filename").asString()).isEqualTo("项目建设方案.pdf");
    }

    @Test
    void overlongFilenameIsShortenedAndKeepsItsExtension() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区长文件名");

        JsonNode view = upload(donghu, project, "OTHER", "方".repeat(100) + "x".repeat(300) + ".pdf", PDF,
                SampleFiles.pdf("long")).expect(201);

        String filename = view.get("filename").asString();
        assertThat(filename.codePointCount(0, filename.length())).isEqualTo(255);
        assertThat(filename).startsWith("方方方").endsWith("x.pdf");
    }

    @Test
    void fileOfExactlyTwentyMegabytesIsAccepted() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区大文件");

        JsonNode view = upload(donghu, project, "APPLICATION_PLAN", "方案.pdf", PDF, SampleFiles.pdfOfSize(TWENTY_MB))
                .expect(201);

        assertThat(view.get("sizeBytes").asLong()).isEqualTo(TWENTY_MB);
    }

    @Test
    void fileOverTwentyMegabytesIsRefusedWith413NamingTheLimitAndNotStored() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区超大文件");

        ApiClient.Response response = upload(donghu, project, "APPLICATION_PLAN", "方案.pdf", PDF,
                SampleFiles.pdfOfSize(TWENTY_MB + 1));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("title").asString()).contains("20 MB").matches(".*\\p{IsHan}.*");
        assertThat(response.json().get("field").asString()).isEqualTo("file");
        assertThat(donghu.get("/api/v1/projects/" + project + "/documents").expect(200).size()).isZero();
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("PNG bytes declared as PDF", "OTHER", "scan.pdf", PDF, SampleFiles.png(), 415, "file"),
                Arguments.of("Windows program", "OTHER", "setup.exe", "application/x-msdownload",
                        SampleFiles.withPrefix("4d5a", "This program cannot be run in DOS mode"), 415, "file"),
                Arguments.of("HTML page", "OTHER", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 415, "file"),
                Arguments.of("PDF declared as Word", "OTHER", "plan.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        SampleFiles.pdf("plan"), 415, "file"),
                Arguments.of("GBK text declared as plain text", "OTHER", "note.txt", "text/plain",
                        "会议记录".getBytes(Charset.forName("GBK")), 415, "file"),
                Arguments.of("binary declared as plain text", "OTHER", "note.txt", "text/plain",
                        new byte[] {'a', 0, 'b'}, 415, "file"),
                Arguments.of("empty file", "APPLICATION_PLAN", "方案.pdf", PDF, new byte[0], 400, "file"),
                Arguments.of("unknown document type", "FEASIBILITY_STUDY", "方案.pdf", PDF, SampleFiles.pdf("x"), 400,
                        "type"),
                Arguments.of("no document type", "", "方案.pdf", PDF, SampleFiles.pdf("x"), 400, "type"),
                Arguments.of("only a folder as filename", "OTHER", "docs/", PDF, SampleFiles.pdf("x"), 400,
                        "file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void badUploadIsRefusedNamingTheFieldAndNothingIsStored(String name, String type, String filename,
                                                             String contentType, byte[] content, int status,
                                                             String field) {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区错误材料");

        ApiClient.Response response = upload(donghu, project, type, filename, contentType, content);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(donghu.get("/api/v1/projects/" + project + "/documents").expect(200).size()).isZero();
    }

    @Test
    void requestWithoutAFileAsksForOne() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区缺少文件");

        ApiClient.Response response = donghu.post("/api/v1/projects/" + project + "/documents",
                Map.of("type", "APPLICATION_PLAN"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("file");
        assertThat(response.json().get("title").asString()).isEqualTo("请选择要上传的文件");
    }

    @Test
    void garbledUploadIsA400NotA500() throws Exception {
        String project = newProject(as("dh-officer"), "东湖区损坏的上传");
        HttpRequest cutOff = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/projects/" + project + "/documents"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), "dh-officer"))
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"))
                .build();

        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(cutOff, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("上传的内容无法识别");
        }
    }

    @Test
    void refusalIsInEnglishWhenAsked() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区英文提示");

        ApiClient.Response response = upload(donghu.withHeader("Accept-Language", "en"), project, "OTHER", "scan.pdf",
                PDF, SampleFiles.png());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("title").asString())
                .isEqualTo("The file content does not match its declared type (application/pdf); "
                        + "check that the file is intact and its extension is right");
    }

    @Test
    void classifiedProjectTakesNoDocuments_R42() {
        ApiClient donghu = as("dh-officer");
        String project = newProject(donghu, "东湖区涉密项目", true);

        ApiClient.Response response = upload(donghu, project, "APPLICATION_PLAN", "方案.pdf", PDF, SampleFiles.pdf("x"));

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("article").asString()).isEqualTo("R42");
        assertThat(donghu.get("/api/v1/projects/" + project + "/documents").expect(200).size()).isZero();
    }
}

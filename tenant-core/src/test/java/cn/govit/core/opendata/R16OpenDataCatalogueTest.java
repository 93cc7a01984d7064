package cn.govit.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第十六条、第三十三条、第三十九条 — the platform provides a data-sharing interface of its own: the district's project
 * catalogue as a versioned JSON API, paged, filtered and tagged, with CSV and Excel exports; each district's users
 * read their own district's catalogue and never another's.
 */
class R16OpenDataCatalogueTest extends LifecycleIntegrationTest {

    private static final String CATALOGUE = "/api/open/v1/projects";

    @Test
    void R16_theCataloguePagesInAStableOrderWithItsTotal() {
        String keyword = keyword();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(donghu.create(donghu.application("东湖区" + keyword + "目录项目" + i, "500000.00")));
        }

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode found = donghu.department().get(CATALOGUE + "?q=" + keyword + "&size=2&page=" + page).expect(200);
            assertThat(found.get("version").asString()).isEqualTo("v1");
            assertThat(found.get("total").asLong()).isEqualTo(5);
            assertThat(found.get("totalPages").asInt()).isEqualTo(3);
            found.get("items").forEach(e -> paged.add(e.get("id").asString()));
        }

        assertThat(paged).containsExactlyElementsOf(ids);
        JsonNode first = donghu.department().get(CATALOGUE + "?q=" + keyword + "&size=1").expect(200).get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("东湖区" + keyword + "目录项目0");
        assertThat(first.get("ownerUnit").asString()).isEqualTo("东湖区数据资源管理局");
        assertThat(first.get("kind").asString()).isEqualTo("CONSTRUCTION");
        assertThat(first.get("status").asString()).isEqualTo("DRAFT");
        assertThat(first.get("statusLabel").asString()).isEqualTo("草稿");
        assertThat(first.get("totalInvestment").decimalValue()).isEqualByComparingTo("500000.00");
        // No personal data: who registered or changed a project is not open data.
        assertThat(first.propertyNames()).doesNotContain("createdBy", "updatedBy", "application");
    }

    @Test
    void R33_theCatalogueFiltersByStatusKindYearAndOwnerUnit() {
        String keyword = keyword();
        String submitted = donghu.create(donghu.application("东湖区" + keyword + "已申报", "500000.00"));
        donghu.take(submitted, LifecycleAction.SUBMIT, null);
        ObjectNode om = donghu.application("东湖区" + keyword + "运维", "200000.00").put("kind", "OPERATION_MAINTENANCE")
                .put("plannedYear", 2031).put("ownerUnit", "东湖区民政局");
        om.putNull("constructionType");
        String omId = donghu.create(om);

        assertThat(ids("?q=" + keyword + "&status=SUBMITTED")).containsExactly(submitted);
        assertThat(ids("?q=" + keyword + "&kind=OPERATION_MAINTENANCE")).containsExactly(omId);
        assertThat(ids("?q=" + keyword + "&year=2031")).containsExactly(omId);
        assertThat(ids("?q=" + keyword + "&ownerUnit=" + encode("东湖区民政局"))).containsExactly(omId);
    }

    @Test
    void R33_thePageCarriesAnETagThatAnswers304UntilTheCatalogueChanges() throws Exception {
        String keyword = keyword();
        String id = donghu.create(donghu.application("东湖区" + keyword + "标签项目", "500000.00"));
        String path = CATALOGUE + "?q=" + keyword;
        ApiClient.Response first = donghu.department().get(path);
        String etag = first.headers().get("etag").getFirst();

        assertThat(conditional(path, etag).statusCode()).isEqualTo(304);
        donghu.take(id, LifecycleAction.SUBMIT, null);
        HttpResponse<String> changed = conditional(path, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("etag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void R33_aPageLargerThanTheLimitIsRefusedNamingTheField() {
        ApiClient.Response response = donghu.department().get(CATALOGUE + "?size=501");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("size");
        assertThat(response.json().get("title").asString()).contains("500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer", "dept", "bureau", "finance", "expert", "admin"})
    void R16_everyUserOfTheDistrictReadsItsCatalogue(String role) {
        String keyword = keyword();
        String id = donghu.create(donghu.application("东湖区" + keyword + "共享项目", "500000.00"));

        assertThat(donghu.user(role).get(CATALOGUE + "?q=" + keyword).expect(200).get("items").get(0).get("id")
                .asString()).isEqualTo(id);
    }

    @Test
    void R39_anotherDistrictsCatalogueIsNeverVisible() throws IOException {
        String keyword = keyword();
        donghu.create(donghu.application("东湖区" + keyword + "隔离项目", "500000.00"));

        assertThat(xihu.department().get(CATALOGUE + "?q=" + keyword).expect(200).get("total").asLong()).isZero();
        assertThat(xihu.department().get(CATALOGUE + "?q=" + keyword + "&ownerUnit=" + encode("东湖区数据资源管理局"))
                .expect(200).get("total").asLong()).isZero();
        assertThat(new String(xihu.department().download(CATALOGUE + ".csv?q=" + keyword).body(),
                StandardCharsets.UTF_8)).doesNotContain(keyword);
        assertThat(rows(xihu.department(), keyword)).isEqualTo(0);
    }

    @Test
    void R42_aClassifiedProjectIsNotInTheCatalogue() {
        String keyword = keyword();
        ObjectNode secret = donghu.application("东湖区" + keyword + "涉密项目", "500000.00").put("classified", true);
        donghu.create(secret);

        assertThat(donghu.department().get(CATALOGUE + "?q=" + keyword).expect(200).get("total").asLong()).isZero();
    }

    @Test
    void R16_theCatalogueExportsAsCsvWithABomAndAsExcel() throws IOException {
        String keyword = keyword();
        String id = donghu.create(donghu.application("东湖区" + keyword + "平台,一期\"数据\"", "2860000.50"));
        donghu.create(donghu.application("东湖区" + keyword + "第二个项目", "100000.00"));

        HttpResponse<byte[]> csv = donghu.department().download(CATALOGUE + ".csv?q=" + keyword);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type")).get().asString().startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("项目编号,项目名称,项目建设单位");
        assertThat(lines.get(1)).startsWith(id + ",\"东湖区" + keyword + "平台,一期\"\"数据\"\"\",东湖区数据资源管理局,CONSTRUCTION,草稿,")
                .contains(",2860000.50,");

        assertThat(rows(donghu.department(), keyword)).isEqualTo(2);
    }

    @Test
    void R33_theOpenApiDocumentDescribesTheCatalogueAndAClientPagesThroughItWithIt() throws Exception {
        String keyword = keyword();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(donghu.create(donghu.application("东湖区" + keyword + "文档项目" + i, "500000.00")));
        }
        String document = donghu.department().get("/v3/api-docs/open-data").body();

        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(document, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        var api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getPaths()).containsKeys(CATALOGUE, CATALOGUE + ".csv", CATALOGUE + ".xlsx");
        assertThat(api.getPaths().keySet()).allMatch(p -> p.startsWith("/api/open/v1/"));
        assertThat(api.getComponents().getSchemas()).containsKeys("CataloguePage", "CatalogueEntry");
        assertThat(api.getComponents().getSchemas().get("CatalogueEntry").getProperties())
                .containsKeys("id", "title", "ownerUnit", "status", "plannedYear", "totalInvestment", "approvedInvestment");

        var list = api.getPaths().get(CATALOGUE).getGet();
        List<String> parameters = list.getParameters().stream().map(p -> p.getName()).toList();
        assertThat(parameters).contains("page", "size", "q", "status", "kind", "year", "ownerUnit");
        String path = api.getPaths().entrySet().stream().filter(p -> p.getValue().getGet() != null
                && "listProjects".equals(p.getValue().getGet().getOperationId())).findFirst().orElseThrow().getKey();
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = donghu.department().get(path + "?q=" + keyword + "&size=2&page=" + page)
                    .expect(200);
            found.get("items").forEach(e -> seen.add(e.get("id").asString()));
            if (page + 1 >= found.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(seen).containsExactlyElementsOf(ids);

        String all = donghu.department().get("/v3/api-docs").body();
        var whole = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(all, null, null).getOpenAPI();
        assertThat(whole.getPaths()).containsKeys(CATALOGUE, "/api/v1/owner-units", "/api/v1/projects");
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        donghu.department().get(CATALOGUE + query).expect(200).get("items").forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }

    private int rows(ApiClient client, String keyword) throws IOException {
        HttpResponse<byte[]> xlsx = client.download(CATALOGUE + ".xlsx?q=" + keyword);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目编号");
            return sheet.getLastRowNum() - 2;
        }
    }

    private HttpResponse<String> conditional(String path, String etag) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), "dh-dept"))
                .header("If-None-Match", etag).GET().build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String keyword() {
        return "开放" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

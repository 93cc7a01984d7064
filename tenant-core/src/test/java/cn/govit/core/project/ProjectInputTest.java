package cn.govit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 400 naming the field, in Chinese by default, and nothing is saved. */
class ProjectInputTest extends CoreIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title          | {"kind":"CONSTRUCTION","ownerUnit":"西湖区教育体育局","totalInvestment":"100.00"}                         | title
            blank owner unit       | {"title":"T","kind":"CONSTRUCTION","ownerUnit":"  ","totalInvestment":"100.00"}                          | ownerUnit
            negative investment    | {"title":"T","kind":"CONSTRUCTION","ownerUnit":"U","totalInvestment":"-1.00"}                            | totalInvestment
            absurd investment      | {"title":"T","kind":"CONSTRUCTION","ownerUnit":"U","totalInvestment":"1e15"}                             | totalInvestment
            fractions of a fen     | {"title":"T","kind":"CONSTRUCTION","ownerUnit":"U","totalInvestment":"100.001"}                          | totalInvestment
            unknown kind           | {"title":"T","kind":"CIVIL_WORKS","ownerUnit":"U","totalInvestment":"100.00"}                            | kind
            investment not a number| {"title":"T","kind":"CONSTRUCTION","ownerUnit":"U","totalInvestment":"lots"}                             | totalInvestment
            """)
    void badInputIsRefusedWithTheFieldAndNothingIsSaved(String name, String body, String field) {
        ApiClient xihu = as("xh-officer");
        int before = xihu.get("/api/v1/projects").expect(200).size();

        ApiClient.Response response = xihu.send("POST", "/api/v1/projects", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(xihu.get("/api/v1/projects").expect(200).size()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400NotA500() {
        ApiClient.Response response = as("xh-officer").send("POST", "/api/v1/projects", "{\"title\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("请求内容无法识别");
    }

    @Test
    void problemTitleIsEnglishWhenAsked() {
        ApiClient.Response response = as("xh-officer").withHeader("Accept-Language", "en")
                .send("POST", "/api/v1/projects", "{\"kind\":\"CONSTRUCTION\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Some fields are not valid");
    }

    @Test
    void malformedIdIsNotA500() {
        assertThat(as("xh-officer").get("/api/v1/projects/not-a-uuid").status()).isEqualTo(400);
    }
}

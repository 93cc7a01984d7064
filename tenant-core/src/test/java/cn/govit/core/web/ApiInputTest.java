package cn.govit.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the fuzz ({@link ApiFuzzTest}) found answered with a 500 or refused after saving: each is now a Problem
 * in Chinese before anything is saved.
 */
class ApiInputTest extends CoreIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROJECTS = "/api/v1/projects";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wildcard subtype         | application/*
            wildcard type            | */*
            form with a JSON body    | application/x-www-form-urlencoded
            """)
    void aBodyThatDoesNotSayItIsJsonIsA415AndNothingIsSaved(String name, String contentType) {
        int before = projects();

        Answer answer = send("dh-officer", "POST", PROJECTS, contentType, "application/json",
                application("东湖区媒体类型项目", "95 %"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.problem().get("title").asString()).isEqualTo("请求内容须为 JSON（Content-Type: application/json）");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void anEditSentAsAFormItCannotDecodeIsA415AndNothingChanges() {
        String id = as("dh-officer").post(PROJECTS, application("东湖区表单编辑项目", "%")).expect(201).get("id").asString();
        String before = as("dh-officer").get(PROJECTS + "/" + id).expect(200).toString();

        Answer answer = send("dh-officer", "PUT", PROJECTS + "/" + id, "application/x-www-form-urlencoded",
                "application/json", "{\"version\":0,\"application\":" + application("东湖区表单编辑项目（改）", "95 %") + "}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.problem().get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(as("dh-officer").get(PROJECTS + "/" + id).expect(200).toString()).isEqualTo(before);
    }

    @Test
    void aWriteWhoseCallerDoesNotAcceptJsonIsA406BeforeItIsSaved() {
        int before = projects();

        Answer answer = send("dh-officer", "POST", PROJECTS, "application/json", "text/html",
                application("东湖区只收网页项目", "%"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(406);
        assertThat(projects()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL in the title          | 东湖区\\u0000项目 | title
            lone surrogate            | 东湖区\\ud800项目 | title
            NUL in an indicator's unit| 东湖区指标项目    | indicators[0].unit
            """)
    void textPostgresqlCannotStoreAsSentIsA400NamingTheField(String name, String title, String field) {
        String unit = field.equals("title") ? "%" : "\\u0000";
        int before = projects();

        Answer answer = send("dh-officer", "POST", PROJECTS, "application/json", "application/json",
                application(title, unit));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.problem().get("field").asString()).isEqualTo(field);
        assertThat(answer.problem().get("detail").asString()).contains("无法保存的字符");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void aNulInAnOwnerUnitsContactIsA400AndTheUnitIsNotRegistered() {
        String name = "东湖区空字符测试单位" + System.nanoTime();

        Answer answer = send("dh-bureau", "POST", "/api/v1/owner-units", "application/json", "application/json",
                "{\"name\":\"" + name + "\",\"contactPerson\":\"张三\\u0000\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.problem().get("field").asString()).isEqualTo("contactPerson");
        assertThat(as("dh-bureau").get("/api/v1/owner-units?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .expect(200).get("total").asLong()).isZero();
    }

    private static String application(String title, String indicatorUnit) {
        return "{\"title\":\"" + title + "\",\"kind\":\"CONSTRUCTION\",\"ownerUnit\":\"东湖区数据资源管理局\","
                + "\"totalInvestment\":\"500000.00\",\"indicators\":[{\"name\":\"办件时长压缩\",\"target\":30,\"unit\":\""
                + indicatorUnit + "\"}]}";
    }

    private int projects() {
        return as("dh-officer").get(PROJECTS).expect(200).size();
    }

    record Answer(int status, String body) {

        JsonNode problem() {
            return JSON.readTree(body);
        }
    }

    /** As {@link ApiClient} sends, but with the content type and accepted type the test names. */
    private Answer send(String user, String method, String path, String contentType, String accept, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + Tokens.password(TestServices.keycloak(), user))
                .header("Content-Type", contentType).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

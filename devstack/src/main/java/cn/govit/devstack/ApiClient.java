package cn.govit.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script's view of the platform's JSON API: bearer token, JSON in, status and JSON out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The same client, sending an extra header on every request (e.g. a forged tenant header). */
    public ApiClient withHeader(String name, String value) {
        ApiClient copy = new ApiClient(baseUrl, token);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    public Response send(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Tokens.TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer; {@link #json()} parses the body. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        }

        /** The body as JSON, or an exception naming the status and body when it is not the expected one. */
        public JsonNode expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new IllegalStateException("Expected " + expectedStatus + " but got " + status + ": " + body);
            }
            return json();
        }
    }
}

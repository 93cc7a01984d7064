package cn.govit.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script's view of the platform's API: bearer token, JSON (or a file) in, status and JSON (or bytes) out. */
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
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return answer(method, path, request);
    }

    /**
     * A {@code multipart/form-data} POST as a browser sends a file input: one file part (its name
     * raw UTF-8, as browsers send it) and plain text {@code fields}.
     */
    public Response upload(String path, String filePart, String filename, String contentType, byte[] content,
                           Map<String, String> fields) {
        String boundary = "govit-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart
                + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return answer("POST", path, request);
    }

    /** A GET whose answer is kept as bytes, e.g. a downloaded file. */
    public HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Tokens.TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private Response answer(String method, String path, HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(method, path, request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }

    private <T> HttpResponse<T> exchange(String method, String path, HttpRequest.Builder request,
                                         HttpResponse.BodyHandler<T> body) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer; {@link #json()} parses the body. */
    public record Response(int status, String body, Map<String, List<String>> headers) {

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

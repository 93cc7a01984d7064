package cn.govit.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens from the demo realm's public {@code govit-cli} client (direct access grant), the way
 * a script would get one. Exists in the demo realm only.
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    /** How long a script waits for any answer: a hung server fails a test with the URL instead of stalling the build. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A token is issued in well under a second; a form Keycloak never reads is not answered at all. */
    private static final Duration FORM_ANSWER = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {
    }

    public static String password(KeycloakServer keycloak, String username) {
        return password(keycloak.issuerUri(), username, DEMO_PASSWORD);
    }

    public static String password(String issuerUri, String username, String password) {
        return grant(issuerUri, "grant_type=password&client_id=govit-cli&scope=openid%20organization"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)).get("access_token").asString();
    }

    /**
     * Keycloak's whole token response to a form (any client, any grant). Asks twice at most: Keycloak 26.5
     * in dev mode now and then never reads a posted form (its worker waits in FormBodyHandler's blocking
     * read), and a second request on a new connection is answered.
     */
    public static JsonNode grant(String issuerUri, String form) {
        try {
            return request(issuerUri, form, FORM_ANSWER);
        } catch (HttpTimeoutException first) {
            try {
                return request(issuerUri, form, TIMEOUT);
            } catch (HttpTimeoutException again) {
                throw new IllegalStateException("Keycloak did not answer at " + issuerUri + " within " + TIMEOUT, again);
            }
        }
    }

    private static JsonNode request(String issuerUri, String form, Duration timeout) throws HttpTimeoutException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                            .timeout(timeout)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token refused (" + form.replaceAll("password=[^&]*", "password=…") + "): "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + issuerUri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

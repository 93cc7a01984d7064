package cn.govit.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users a test needs that the demo realm must not offer as demo logins — e.g. a realm role held outside the
 * organization it belongs to. Made through Keycloak's admin API with the realm's provisioning service
 * account; idempotent, since the build's Keycloak keeps its users between builds. Password {@code demo}.
 * Also what a test does to the realm as an administrator: ending a user's sessions, pointing the gateway
 * client's back channel at the gateway that runs.
 */
public final class RealmUsers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmUsers() {
    }

    /** The user {@code username} with the realm role {@code role}, a member of {@code organization} or of none. */
    public static void ensure(KeycloakServer keycloak, String username, String role, Optional<String> organization) {
        String admin = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
        String token = provisioningToken(keycloak);
        JsonNode found = call(token, "GET", admin + "/users?exact=true&username=" + username, null, 200);
        if (found.isEmpty()) {
            call(token, "POST", admin + "/users", JSON.writeValueAsString(Map.of("username", username, "enabled", true,
                    "email", username + "@test.govit.local", "emailVerified", true, "firstName", username, "lastName", "测试",
                    "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false)))),
                    201);
            found = call(token, "GET", admin + "/users?exact=true&username=" + username, null, 200);
        }
        String userId = found.get(0).get("id").asString();
        JsonNode realmRole = call(token, "GET", admin + "/roles/" + role, null, 200);
        call(token, "POST", admin + "/users/" + userId + "/role-mappings/realm", "[" + realmRole + "]", 204);
        if (organization.isPresent()) {
            String orgId = call(token, "GET", admin + "/organizations?briefRepresentation=true&max=100000", null, 200)
                    .valueStream().filter(o -> o.get("alias").asString().equals(organization.get())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No organization " + organization.get()))
                    .get("id").asString();
            call(token, "POST", admin + "/organizations/" + orgId + "/members", "\"" + userId + "\"", 201, 409);
        }
    }

    /** Ends every Keycloak session of {@code username}, as an administrator would; Keycloak tells the clients' back channels. */
    public static void endSessions(KeycloakServer keycloak, String username) {
        String admin = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
        String token = provisioningToken(keycloak);
        String userId = call(token, "GET", admin + "/users?exact=true&username=" + username, null, 200).get(0).get("id").asString();
        call(token, "POST", admin + "/users/" + userId + "/logout", null, 204);
    }

    /**
     * Points the back-channel logout of {@code govit-gateway} at the gateway that runs: the demo realm names
     * {@code run.sh}'s port, the tests' gateway listens on another. Only the master realm's administrator may
     * change a client.
     */
    public static void pointBackChannelLogoutAt(KeycloakServer keycloak, String gatewayUrl) {
        String admin = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
        String token = Tokens.grant(keycloak.baseUrl() + "/realms/master", "grant_type=password&client_id=admin-cli&username=admin"
                + "&password=" + URLEncoder.encode(keycloak.adminPassword(), StandardCharsets.UTF_8)).get("access_token").asString();
        ObjectNode client = (ObjectNode) call(token, "GET", admin + "/clients?clientId=govit-gateway", null, 200).get(0);
        String url = gatewayUrl + "/logout/connect/back-channel/keycloak";
        if (!url.equals(client.path("attributes").path("backchannel.logout.url").asString(""))) {
            ((ObjectNode) client.get("attributes")).put("backchannel.logout.url", url);
            call(token, "PUT", admin + "/clients/" + client.get("id").asString(), JSON.writeValueAsString(client), 204);
        }
    }

    private static String provisioningToken(KeycloakServer keycloak) {
        return Tokens.grant(keycloak.issuerUri(), "grant_type=client_credentials&client_id=govit-provisioning"
                + "&client_secret=demo-provisioning-secret").get("access_token").asString();
    }

    private static JsonNode call(String token, String method, String url, String json, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Tokens.TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
                }
            }
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

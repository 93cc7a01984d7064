package cn.govit.devstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real tokens of the demo realm that no hop of the platform accepts (401): signed by the realm and
 * unexpired, but none an access token issued for one of the platform's own clients — or changed after
 * signing. Each hop's tests send every one of them.
 */
public final class ForeignTokens {

    /** The realm's service account for Keycloak's admin API: a client of the realm, but not one of the platform's. */
    private static final String SERVICE_ACCOUNT_FORM =
            "grant_type=client_credentials&client_id=govit-provisioning&client_secret=demo-provisioning-secret";

    private ForeignTokens() {
    }

    /** What each token is (for the assertion message) → the token, the users' ones as {@code username}. */
    public static Map<String, String> of(KeycloakServer keycloak, String username) {
        String issuer = keycloak.issuerUri();
        String user = "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + Tokens.DEMO_PASSWORD;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin-cli password grant",
                Tokens.grant(issuer, "grant_type=password&client_id=admin-cli" + user).get("access_token").asString());
        tokens.put("ID token of govit-cli", Tokens.grant(issuer,
                "grant_type=password&client_id=govit-cli&scope=openid%20organization" + user).get("id_token").asString());
        tokens.put("govit-provisioning's service account",
                Tokens.grant(issuer, SERVICE_ACCOUNT_FORM).get("access_token").asString());
        tokens.put("platform token changed after signing", changedAfterSigning(Tokens.password(keycloak, username)));
        return tokens;
    }

    /**
     * Every one of {@link #of}'s tokens sent to each path of {@code baseUrl}: what was not refused with 401
     * {@code invalid_token} (what, where, status) — empty when the hop refuses them all.
     */
    public static List<String> admittedBy(String baseUrl, KeycloakServer keycloak, String username, String... paths) {
        List<String> admitted = new ArrayList<>();
        of(keycloak, username).forEach((what, token) -> {
            for (String path : paths) {
                ApiClient.Response answer = new ApiClient(baseUrl, token).get(path);
                boolean invalidToken = answer.headers().getOrDefault("www-authenticate", List.of()).stream()
                        .anyMatch(h -> h.startsWith("Bearer") && h.contains("invalid_token"));
                if (answer.status() != 401 || !invalidToken) {
                    admitted.add(what + " of " + username + " at " + baseUrl + path + ": " + answer.status() + " "
                            + answer.headers().get("www-authenticate") + " " + answer.body());
                }
            }
        });
        return admitted;
    }

    /** The same token claiming another user name: its signature no longer matches. */
    private static String changedAfterSigning(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"preferred_username\":\"([^\"]*)\"", "\"preferred_username\":\"$1-forged\"");
        if (!claims.contains("-forged\"")) {
            throw new IllegalStateException("No user name in the token to change");
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}

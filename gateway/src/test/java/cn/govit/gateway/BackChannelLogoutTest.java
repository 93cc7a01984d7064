package cn.govit.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.LoginBrowser;
import cn.govit.devstack.TestServices;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's back channel ({@code /logout/connect/back-channel/keycloak}) takes only a logout token the realm
 * signed: one signed with any other key — here naming every session of the user — is refused 400 and ends
 * nothing, though it needs no session cookie and no CSRF token. Anything else sent there is refused. That a
 * logout token Keycloak sends does end the session is {@code system-tests} {@code BackChannelLogoutSystemTest}.
 */
class BackChannelLogoutTest extends GatewayIntegrationTest {

    private static final String BACK_CHANNEL = "/logout/connect/back-channel/keycloak";

    @Test
    void aLogoutTokenNotSignedByTheRealmIsRefusedAndEndsNoSession() throws Exception {
        LoginBrowser browser = logIn("dh-officer");
        String userId = JsonMapper.builder().build().readTree(Base64.getUrlDecoder()
                .decode(token("dh-officer").split("\\.")[1])).get("sub").asString();
        int reached = APP.received();

        HttpResponse<String> forged = new LoginBrowser().send(HttpRequest.newBuilder(URI.create(gatewayUrl() + BACK_CHANNEL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                        + URLEncoder.encode(forgedLogoutToken(userId), StandardCharsets.UTF_8))));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("invalid_request");
        assertThat(APP.received()).isEqualTo(reached);
        HttpResponse<String> next = browser.get(URI.create(gatewayUrl() + "/"));
        assertThat(next.statusCode()).as("the session still logged in").isEqualTo(200);
        assertThat(echo(next.body()).header("Authorization")).singleElement().asString().startsWith("Bearer ");
    }

    @Test
    void anythingButALogoutTokenPostIsRefusedThere() {
        LoginBrowser browser = logIn("dh-officer");
        int reached = APP.received();

        assertThat(browser.get(URI.create(gatewayUrl() + BACK_CHANNEL)).statusCode()).isEqualTo(403);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl() + BACK_CHANNEL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("other=1"))).statusCode()).isEqualTo(400);
        assertThat(APP.received()).isEqualTo(reached);
        assertThat(browser.get(URI.create(gatewayUrl() + "/")).statusCode()).isEqualTo(200);
    }

    /** Everything a logout token of the realm says about the user, signed with a key of the test's own. */
    private static String forgedLogoutToken(String userId) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(UUID.randomUUID().toString()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(TestServices.keycloak().issuerUri())
                        .audience("govit-gateway")
                        .subject(userId)
                        .issueTime(Date.from(Instant.now()))
                        .jwtID(UUID.randomUUID().toString())
                        .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                        .build());
        token.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
        return token.serialize();
    }
}

package cn.govit.gateway.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remembered token is used only until its own expiry: after that it is verified again, and refused. */
class VerifiedTokensTest {

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        NimbusReactiveJwtDecoder verifier = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        verifier.setJwtValidator(new JwtTimestampValidator(Duration.ZERO));
        VerifiedTokens tokens = new VerifiedTokens(verifier, Duration.ofMinutes(1), 100, Clock.systemUTC());

        Instant expiry = Instant.now().plusSeconds(2);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().subject("dh-officer").issueTime(new Date()).expirationTime(Date.from(expiry)).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        String token = jwt.serialize();

        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("dh-officer");
        Thread.sleep(Duration.between(Instant.now(), expiry).plusMillis(200));
        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }
}

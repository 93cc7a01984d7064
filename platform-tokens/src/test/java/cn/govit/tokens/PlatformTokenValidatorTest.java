package cn.govit.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim by claim, what makes a token of the realm one of the platform's (real Keycloak tokens: each hop's tests). */
class PlatformTokenValidatorTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformTokenAutoConfiguration.class));

    @Test
    void anAccessTokenOfAPlatformClientWithTheAudienceIsAccepted() {
        context.run(c -> {
            OAuth2TokenValidator<Jwt> validator = validator(c.getBean(OAuth2TokenValidator.class));
            assertThat(validator.validate(token(t -> { })).hasErrors()).isFalse();
            assertThat(validator.validate(token(t -> t.claim("azp", "govit-cli"))).hasErrors()).isFalse();
        });
    }

    @Test
    void anIdTokenATokenWithoutTheAudienceAndAnotherClientsTokenAreInvalid() {
        context.run(c -> {
            OAuth2TokenValidator<Jwt> validator = validator(c.getBean(OAuth2TokenValidator.class));
            assertInvalid(validator.validate(token(t -> t.claim("typ", "ID"))));
            assertInvalid(validator.validate(token(t -> t.claims(claims -> claims.remove("typ")))));
            assertInvalid(validator.validate(token(t -> t.audience(List.of("account")))));
            assertInvalid(validator.validate(token(t -> t.claims(claims -> claims.remove("aud")))));
            assertInvalid(validator.validate(token(t -> t.claim("azp", "admin-cli"))));
            assertInvalid(validator.validate(token(t -> t.claims(claims -> claims.remove("azp")))));
        });
    }

    @Test
    void productionNamesItsOwnAudienceAndClients() {
        context.withPropertyValues("govit.security.tokens.audience=govit-prod",
                "govit.security.tokens.allowed-clients=portal").run(c -> {
            OAuth2TokenValidator<Jwt> validator = validator(c.getBean(OAuth2TokenValidator.class));
            assertInvalid(validator.validate(token(t -> { })));
            assertThat(validator.validate(token(t -> t.audience(List.of("govit-prod")).claim("azp", "portal"))).hasErrors())
                    .isFalse();
        });
    }

    @Test
    void anEmptyAllowListStopsTheStartRatherThanRefusingEveryone() {
        context.withPropertyValues("govit.security.tokens.allowed-clients=").run(c -> assertThat(c).hasFailed());
    }

    @Test
    void anExpiredPlatformTokenIsStillRefusedByTheChainSpringBootBuilds() {
        OAuth2TokenValidator<Jwt> chain = JwtValidators.createDefaultWithValidators(
                List.of(new PlatformTokenValidator("govit-platform", java.util.Set.of("govit-gateway"))));
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(chain.validate(token(t -> t.issuedAt(past.minusSeconds(300)).expiresAt(past))).hasErrors()).isTrue();
        assertThat(chain.validate(token(t -> { })).hasErrors()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static OAuth2TokenValidator<Jwt> validator(OAuth2TokenValidator<?> bean) {
        return (OAuth2TokenValidator<Jwt>) bean;
    }

    private static void assertInvalid(OAuth2TokenValidatorResult result) {
        assertThat(result.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorCode()).isEqualTo(OAuth2ErrorCodes.INVALID_TOKEN));
    }

    /** Shaped like the access token Keycloak issues to {@code govit-gateway} with the audience mapper. */
    private static Jwt token(Consumer<Jwt.Builder> change) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("token").headers(h -> h.putAll(Map.of("alg", "RS256", "typ", "JWT")))
                .issuer("http://localhost:8180/realms/govit").subject("dh-officer").issuedAt(now).expiresAt(now.plusSeconds(300))
                .audience(List.of("govit-platform", "account")).claim("typ", "Bearer").claim("azp", "govit-gateway");
        change.accept(builder);
        return builder.build();
    }
}

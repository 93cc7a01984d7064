package cn.govit.tokens;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only access tokens that Keycloak issued for one of the platform's own clients: {@code typ}
 * {@code Bearer} (an ID token says {@code ID}), the platform's audience in {@code aud} (put there by an
 * audience mapper on those clients) and the client that asked for it ({@code azp}) on the allow-list.
 * Any other token of the realm — the built-in {@code admin-cli}, a service account — is refused like a
 * forged one: 401 {@code invalid_token}. Signature, issuer and expiry stay Spring's default checks.
 */
public final class PlatformTokenValidator implements OAuth2TokenValidator<Jwt> {

    /** Keycloak's {@code typ} claim of an access token. */
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final String audience;
    private final Set<String> allowedClients;

    public PlatformTokenValidator(String audience, Set<String> allowedClients) {
        this.audience = audience;
        this.allowedClients = Set.copyOf(allowedClients);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!ACCESS_TOKEN_TYPE.equals(token.getClaimAsString("typ"))) {
            return refused("The token is not an access token");
        }
        List<String> audiences = token.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            return refused("The token was not issued for the platform");
        }
        String client = token.getClaimAsString("azp");
        if (client == null || !allowedClients.contains(client)) {
            return refused("The token's client is not one of the platform's");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}

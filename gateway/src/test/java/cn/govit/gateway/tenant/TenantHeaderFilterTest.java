package cn.govit.gateway.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tenant (租户) a login names, and which headers count as tenant headers. */
class TenantHeaderFilterTest {

    @Test
    void bearerTokenWithOneOrganizationNamesItsTenant() {
        assertThat(TenantHeaderFilter.organizationOf(bearer(List.of("donghu")))).contains("donghu");
        assertThat(TenantHeaderFilter.organizationOf(bearer(Map.of("xihu", Map.of("id", "x"))))).contains("xihu");
    }

    @Test
    void browserLoginNamesTheTenantOfItsIdToken() {
        OidcIdToken idToken = new OidcIdToken("id", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "u1", "organization", List.of("city")));
        OAuth2AuthenticationToken login = new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), "keycloak");

        assertThat(TenantHeaderFilter.organizationOf(login)).contains("city");
    }

    @Test
    void noSingleOrganizationNamesNoTenant() {
        assertThat(TenantHeaderFilter.organizationOf(bearer(List.of("donghu", "xihu")))).isEmpty();
        assertThat(TenantHeaderFilter.organizationOf(bearer(List.of()))).isEmpty();
        assertThat(TenantHeaderFilter.organizationOf(new TestingAuthenticationToken("someone", "secret"))).isEmpty();
    }

    @Test
    void tenantHeadersAreRecognisedWhateverTheirCase() {
        assertThat(List.of("X-Tenant-Id", "x-tenant", "X-TENANT-CODE", "X-GovIT-Tenant", "x-govit-tenant"))
                .allMatch(TenantHeaderFilter::isTenantHeader);
        assertThat(List.of("Authorization", "X-Forwarded-For", "X-GovIT-Trace", "Tenant"))
                .noneMatch(TenantHeaderFilter::isTenantHeader);
    }

    private static JwtAuthenticationToken bearer(Object organization) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("u1").claim("organization", organization).build();
        return new JwtAuthenticationToken(jwt);
    }
}

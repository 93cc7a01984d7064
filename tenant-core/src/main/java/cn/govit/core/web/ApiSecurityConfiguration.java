package cn.govit.core.web;

import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantResolutionFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The app is a resource server for everything it serves: the gateway relays the user's token on every
 * request (browser and API alike), so there is no login of its own and no CSRF token to forge.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain govitSecurity(HttpSecurity http, TenantRegistry registry) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(keycloakJwt())))
                // Vaadin keeps UI state in the HTTP session; authentication itself never comes from it.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(c -> c.disable())
                .addFilterAfter(new TenantResolutionFilter(registry), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Realm roles as authorities, {@code preferred_username} as the principal's name. */
    static Converter<Jwt, AbstractAuthenticationToken> keycloakJwt() {
        return jwt -> new JwtAuthenticationToken(jwt, CurrentUser.realmRoles(jwt),
                jwt.getClaimAsString("preferred_username") != null ? jwt.getClaimAsString("preferred_username") : jwt.getSubject());
    }
}

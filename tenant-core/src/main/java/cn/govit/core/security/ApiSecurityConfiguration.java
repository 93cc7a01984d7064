package cn.govit.core.security;

import cn.govit.core.tenancy.TenantMigrations;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantResolutionFilter;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The app is a resource server for everything it serves: the gateway relays the user's token on every
 * request (browser and API alike), so there is no login of its own and no CSRF token to forge.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain govitSecurity(HttpSecurity http, TenantRegistry registry, TenantMigrations migrations,
                                      People people) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(CurrentUser.fromKeycloakToken())))
                // Vaadin keeps UI state in the HTTP session; authentication never comes from it, so there is
                // no session to fixate and its id must not rotate with every authenticated request.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.none()))
                .csrf(c -> c.disable())
                .addFilterAfter(new TenantResolutionFilter(registry, migrations), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new PersonRecordingFilter(people), TenantResolutionFilter.class);
        return http.build();
    }

    /**
     * A request the firewall rejects before any filter — a path with an encoded {@code ;}, {@code %}, {@code /} or
     * {@code \}, e.g. SQL put where an id or tenant code belongs — gets a 400 Problem like every other refusal, not
     * an empty answer; the path is not echoed back.
     */
    @Bean
    RequestRejectedHandler rejectedRequestsAsProblems() {
        return (request, response, rejected) ->
                new ApiProblem(HttpStatus.BAD_REQUEST, "problem.badRequest", null, null).writeTo(request, response);
    }
}

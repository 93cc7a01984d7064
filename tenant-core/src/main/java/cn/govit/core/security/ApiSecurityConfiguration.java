package cn.govit.core.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.shared.Texts;
import cn.govit.core.tenancy.TenantMigrations;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantResolutionFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app is a resource server for everything it serves: the gateway relays the user's token on every
 * request (browser and API alike), so there is no login of its own and no CSRF token to forge.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        return (request, response, rejected) -> {
            Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("status", 400);
            problem.put("title", Texts.get(locale, "problem.badRequest"));
            response.setStatus(400);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(JSON.writeValueAsString(problem));
        };
    }
}

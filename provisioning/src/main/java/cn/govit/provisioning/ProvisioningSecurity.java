package cn.govit.provisioning;

import java.io.IOException;
import java.util.Locale;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only platform admins (realm role {@code platform-admin}) touch tenants — checked here and again by each service;
 * the service is stateless. Anyone else gets the services' own 403 Problem, not an empty answer.
 */
@Configuration(proxyBeanMethods = false)
class ProvisioningSecurity {

    /** 第三十九条: the platform is developed once and deployed by level; its operator alone runs the tenants. */
    private static final String ARTICLE = "第三十九条";

    @Bean
    SecurityFilterChain tenantAdministration(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/v1/tenants", "/api/v1/tenants/**").hasRole(Role.PLATFORM_ADMIN.realmName())
                        .anyRequest().denyAll())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(CurrentUser.fromKeycloakToken())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> refuse(request, response)))
                .csrf(c -> c.disable());
        return http.build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new ApiProblem(HttpStatus.FORBIDDEN, "auth.roleRequired", ARTICLE, null,
                Role.PLATFORM_ADMIN.label(Locale.SIMPLIFIED_CHINESE)).writeTo(request, response);
    }
}

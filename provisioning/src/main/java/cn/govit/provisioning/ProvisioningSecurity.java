package cn.govit.provisioning;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Only platform admins (realm role {@code platform-admin}) touch tenants; the service is stateless. */
@Configuration(proxyBeanMethods = false)
class ProvisioningSecurity {

    @Bean
    SecurityFilterChain tenantAdministration(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/v1/tenants", "/api/v1/tenants/**").hasRole(Role.PLATFORM_ADMIN.realmName())
                        .anyRequest().denyAll())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(CurrentUser.fromKeycloakToken())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }
}

package cn.govit.tokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Spring Boot adds every {@code OAuth2TokenValidator<Jwt>} bean to the resource server's decoder (servlet
 * and reactive alike), after its own signature, issuer and expiry checks: the gateway, the app and
 * provisioning each get the same rule by depending on this module.
 */
@AutoConfiguration
@ConditionalOnClass(Jwt.class)
@EnableConfigurationProperties(PlatformTokenProperties.class)
public class PlatformTokenAutoConfiguration {

    @Bean
    OAuth2TokenValidator<Jwt> platformTokenValidator(PlatformTokenProperties properties) {
        return new PlatformTokenValidator(properties.audience(), properties.allowedClients());
    }
}

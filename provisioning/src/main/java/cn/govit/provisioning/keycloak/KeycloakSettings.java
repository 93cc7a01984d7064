package cn.govit.provisioning.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the realm is and the confidential client whose service account administers it. */
@ConfigurationProperties("govit.keycloak")
public record KeycloakSettings(String url, String realm, String clientId, String clientSecret) {
}

package cn.govit.tokens;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code govit.security.tokens}: the audience the platform's clients put into their access tokens and the
 * clients ({@code azp}) whose tokens are accepted. The defaults are the demo realm's; a production realm
 * names its own (env {@code GOVIT_SECURITY_TOKENS_AUDIENCE}, {@code GOVIT_SECURITY_TOKENS_ALLOWED_CLIENTS}).
 */
@ConfigurationProperties("govit.security.tokens")
public record PlatformTokenProperties(
        @DefaultValue("govit-platform") String audience,
        @DefaultValue({"govit-gateway", "govit-cli"}) Set<String> allowedClients) {

    public PlatformTokenProperties {
        // An empty audience or list would refuse every token; better to fail at start than at every request.
        if (audience == null || audience.isBlank() || allowedClients == null || allowedClients.isEmpty()) {
            throw new IllegalArgumentException("govit.security.tokens needs an audience and at least one allowed client");
        }
    }
}

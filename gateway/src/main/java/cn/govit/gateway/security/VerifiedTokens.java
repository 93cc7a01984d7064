package cn.govit.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers, for a short while, the bearer tokens this gateway has already verified: a script sends the
 * same token with every request until it expires, and checking its RSA signature, issuer, audience and
 * client again each time was a large part of the gateway's cost per request. The cache is keyed by the
 * whole token string, so a token changed in any byte is verified afresh; a remembered token past its
 * {@code exp} is verified again (and refused). Only successes are remembered.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokens(ReactiveJwtDecoder verifier, Duration keepFor, long maximumSize, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(maximumSize).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}

package cn.govit.core.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated user of this request, as the verified Keycloak token describes them. */
public final class CurrentUser {

    /** The claim that lists the owner units an officer acts for (user attribute {@code owner_unit}). */
    static final String OWNER_UNIT_CLAIM = "owner_unit";

    private CurrentUser() {
    }

    /** The login name ({@code preferred_username}), or {@code anonymous}. */
    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    /** The realm roles of this request's user that the platform knows. */
    public static Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> Role.ofRealmName(a.substring(5)))
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public static boolean has(Role role) {
        return roles().contains(role);
    }

    /** Who acts in this request: name, roles and the owner units of the token. */
    public static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object claim = auth instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaims().get(OWNER_UNIT_CLAIM) : null;
        Set<String> units = switch (claim) {
            case Collection<?> values -> values.stream().map(String::valueOf).collect(Collectors.toSet());
            case String one -> Set.of(one);
            case null, default -> Set.of();
        };
        return new Actor(name(), roles(), units);
    }

    /** Realm roles as authorities, {@code preferred_username} as the principal's name. */
    public static Converter<Jwt, AbstractAuthenticationToken> fromKeycloakToken() {
        return jwt -> new JwtAuthenticationToken(jwt, realmRoles(jwt),
                jwt.getClaimAsString("preferred_username") != null ? jwt.getClaimAsString("preferred_username") : jwt.getSubject());
    }

    /** Keycloak realm roles ({@code realm_access.roles}) as {@code ROLE_*} authorities. */
    public static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
        }
        return List.of();
    }
}

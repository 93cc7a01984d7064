package cn.govit.core.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * 办理人 — who is acting: the login name, the realm roles and, for an owner unit's officer, the units
 * (项目建设（业主）单位) the account acts for. Services ask it before they change anything.
 */
public record Actor(String name, Set<Role> roles, Set<String> ownerUnits) {

    public Actor {
        roles = Set.copyOf(roles);
        ownerUnits = ownerUnits.stream().map(String::strip).filter(u -> !u.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether the account acts for that owner unit (Art. 4: the owner unit drafts its own projects). */
    public boolean actsFor(String ownerUnit) {
        return ownerUnit != null && ownerUnits.contains(ownerUnit.strip());
    }

    /** Refuses with 403 unless the actor holds one of {@code wanted}; names the roles and the article. */
    public void require(String article, Role... wanted) {
        if (!hasAny(Set.of(wanted))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "auth.roleRequired", article, null,
                    Arrays.stream(wanted).map(r -> r.label(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("、")));
        }
    }
}

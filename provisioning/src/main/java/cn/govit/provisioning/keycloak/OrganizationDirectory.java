package cn.govit.provisioning.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/**
 * The tenant's side in Keycloak: one Organization per tenant (alias = tenant code) in realm
 * {@code govit}, and its users. Every operation creates only what is missing (what Keycloak answers 409 for is
 * looked up instead), so onboarding can be repeated after a partial failure.
 */
@Component
public class OrganizationDirectory {

    private static final int PAGE = 100;

    private final Keycloak keycloak;
    private final String realm;
    private final Map<String, RoleRepresentation> roles = new ConcurrentHashMap<>();

    public OrganizationDirectory(KeycloakSettings settings) {
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .build();
        this.realm = settings.realm();
    }

    /** The id of an organization or user and whether this call created it (a change to audit). */
    public record Ensured(String id, boolean created) {
    }

    /** What ensuring a member changed in Keycloak, each change to be audited. */
    public record MemberChanges(String userId, boolean userCreated, List<String> rolesGranted, boolean joined) {
    }

    /** A user who exists already: the organizations they belong to (aliases) and their realm roles. */
    public record ExistingUser(String id, Set<String> organizations, Set<String> realmRoles) {
    }

    /**
     * The organization with this alias, created with {@code name} if missing. Created first and looked for only
     * when Keycloak answers 409, so a new tenant costs one call however many organizations exist.
     */
    public Ensured ensureOrganization(String alias, String name, String description) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setDescription(description);
        org.setEnabled(true);
        try (Response response = realm().organizations().create(org)) {
            if (response.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                return new Ensured(CreatedResponseUtil.getCreatedId(response), true);
            }
        }
        // 409: the alias is there from an earlier attempt, or the name belongs to another tenant.
        return findOrganization(alias, name).map(o -> new Ensured(o.getId(), false))
                .orElseThrow(() -> new OrganizationNameTakenException(name));
    }

    /** The organization with this alias, looked up by the name it was likely given first (one search). */
    public Optional<OrganizationRepresentation> findOrganization(String alias, String name) {
        Optional<OrganizationRepresentation> byName = realm().organizations().search(name, true, 0, 2).stream()
                .filter(o -> alias.equals(o.getAlias())).findFirst();
        return byName.isPresent() ? byName : findOrganization(alias);
    }

    /** Keycloak searches organizations by name or domain, not alias: page through them all. */
    public Optional<OrganizationRepresentation> findOrganization(String alias) {
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = realm().organizations().list(first, PAGE);
            Optional<OrganizationRepresentation> found = page.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    /** The user with exactly this username, if there is one, with their organizations and realm roles. */
    public Optional<ExistingUser> findUser(String username) {
        RealmResource realm = realm();
        return realm.users().searchByUsername(username, true).stream().findFirst().map(u -> new ExistingUser(u.getId(),
                realm.organizations().members().getOrganizations(u.getId(), true).stream()
                        .map(OrganizationRepresentation::getAlias).collect(Collectors.toSet()),
                realm.users().get(u.getId()).roles().realmLevel().listAll().stream()
                        .map(RoleRepresentation::getName).collect(Collectors.toSet())));
    }

    /**
     * The user, created if missing with the given password, given the realm roles they lack and made a member
     * of the organization. An existing user keeps their password.
     */
    public MemberChanges ensureMember(String organizationId, String username, String email, String password,
                                      boolean temporary, List<String> realmRoles) {
        RealmResource realm = realm();
        Ensured user = createUser(username, email, password, temporary);
        var userRoles = realm.users().get(user.id()).roles().realmLevel();
        Set<String> held = user.created() ? Set.of()
                : userRoles.listAll().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        List<String> missing = realmRoles.stream().filter(r -> !held.contains(r)).toList();
        if (!missing.isEmpty()) {
            try {
                userRoles.add(missing.stream().map(this::role).toList());
            } catch (NotFoundException e) {
                // A role removed and made anew since it was fetched: fetched again on the next attempt.
                roles.clear();
                throw e;
            }
        }
        boolean joined;
        try (Response response = realm.organizations().get(organizationId).members().addMember(user.id())) {
            // 409: already a member, as on a resumed onboarding.
            joined = response.getStatus() < 300;
            if (!joined && response.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                throw new IllegalStateException("Keycloak refused membership of " + username + ": " + response.getStatus());
            }
        }
        return new MemberChanges(user.id(), user.created(), missing, joined);
    }

    /** Realm roles are the realm's configuration, not a tenant's: fetched once, not on every onboarding. */
    private RoleRepresentation role(String name) {
        return roles.computeIfAbsent(name, n -> realm().roles().get(n).toRepresentation());
    }

    /** Removes the organization with this alias, if there is one (a cancelled onboarding, a test's own tenant). */
    public void removeOrganization(String alias) {
        findOrganization(alias).ifPresent(o -> {
            try (Response ignored = realm().organizations().get(o.getId()).delete()) {
                // 204, or 404 when someone was faster
            }
        });
    }

    /**
     * Removes the organization with this alias and every user who is its member (offboarding: the tenant's
     * accounts go with it); returns how many users were removed. Repeatable after a partial failure.
     */
    public int removeOrganizationAndMembers(String alias) {
        Optional<OrganizationRepresentation> org = findOrganization(alias);
        if (org.isEmpty()) {
            return 0;
        }
        var members = realm().organizations().get(org.get().getId()).members();
        int removed = 0;
        for (List<MemberRepresentation> page = members.list(0, PAGE); !page.isEmpty(); page = members.list(0, PAGE)) {
            int before = removed;
            for (MemberRepresentation member : page) {
                try (Response response = realm().users().delete(member.getId())) {
                    removed += response.getStatus() < 300 ? 1 : 0;
                }
            }
            if (removed == before) {
                throw new IllegalStateException("Keycloak removed none of the members of " + alias);
            }
        }
        removeOrganization(alias);
        return removed;
    }

    /** Removes the user with exactly this username, if there is one. */
    public void removeUser(String username) {
        realm().users().searchByUsername(username, true).forEach(u -> {
            try (Response ignored = realm().users().delete(u.getId())) {
                // 204, or 404 when someone was faster
            }
        });
    }

    /** How many organizations carry this alias (Keycloak keeps it unique: 0 or 1). */
    public int organizationsAliased(String alias) {
        int count = 0;
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = realm().organizations().list(first, PAGE);
            count += (int) page.stream().filter(o -> alias.equals(o.getAlias())).count();
            if (page.size() < PAGE) {
                return count;
            }
        }
    }

    /** How many users carry exactly this username (Keycloak keeps it unique: 0 or 1). */
    public int usersNamed(String username) {
        return realm().users().searchByUsername(username, true).size();
    }

    /** The user, created with this password unless one of that name exists (409). */
    private Ensured createUser(String username, String email, String password, boolean temporary) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setEmail(email == null || email.isBlank() ? username + "@tenants.govit.local" : email.strip());
        user.setFirstName(username);
        user.setLastName("管理员");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(temporary);
        user.setCredentials(List.of(credential));
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                // With nobody of that name, the 409 was for another account's e-mail address: refused as it is.
                return realm().users().searchByUsername(username, true).stream().findFirst()
                        .map(u -> new Ensured(u.getId(), false))
                        .orElseGet(() -> new Ensured(CreatedResponseUtil.getCreatedId(response), true));
            }
            return new Ensured(CreatedResponseUtil.getCreatedId(response), true);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }
}

package cn.govit.provisioning.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The organization with this alias, created with {@code name} if missing; returns its id. Created first and
     * looked for only when Keycloak answers 409, so a new tenant costs one call however many organizations exist.
     */
    public String ensureOrganization(String alias, String name, String description) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setDescription(description);
        org.setEnabled(true);
        try (Response response = realm().organizations().create(org)) {
            if (response.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                return CreatedResponseUtil.getCreatedId(response);
            }
        }
        // 409: the alias is there from an earlier attempt, or the name belongs to another tenant.
        return findOrganization(alias, name).map(OrganizationRepresentation::getId)
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

    /**
     * The user, created if missing with the given password and realm roles, and made a member of the
     * organization. An existing user keeps their password.
     */
    public String ensureMember(String organizationId, String username, String email, String password, boolean temporary,
                               List<String> realmRoles) {
        RealmResource realm = realm();
        String userId = createUser(username, email, password, temporary);
        try {
            realm.users().get(userId).roles().realmLevel().add(realmRoles.stream().map(this::role).toList());
        } catch (NotFoundException e) {
            // A role removed and made anew since it was fetched: fetched again on the next attempt.
            roles.clear();
            throw e;
        }
        try (Response response = realm.organizations().get(organizationId).members().addMember(userId)) {
            // 409: already a member, as on a repeated onboarding.
            if (response.getStatus() >= 300 && response.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                throw new IllegalStateException("Keycloak refused membership of " + username + ": " + response.getStatus());
            }
        }
        return userId;
    }

    /** Realm roles are the realm's configuration, not a tenant's: fetched once, not on every onboarding. */
    private RoleRepresentation role(String name) {
        RoleRepresentation role = roles.get(name);
        if (role == null) {
            role = realm().roles().get(name).toRepresentation();
            roles.put(name, role);
        }
        return role;
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

    /** The new user's id; on 409 (an earlier attempt, or an account of that name) the existing one's, unchanged. */
    private String createUser(String username, String email, String password, boolean temporary) {
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
                return realm().users().searchByUsername(username, true).stream().findFirst().map(UserRepresentation::getId)
                        .orElseGet(() -> CreatedResponseUtil.getCreatedId(response));
            }
            return CreatedResponseUtil.getCreatedId(response);
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

package cn.govit.provisioning.keycloak;

/** Keycloak keeps organization names unique: two tenants cannot share an official name. */
public class OrganizationNameTakenException extends RuntimeException {

    private final String name;

    public OrganizationNameTakenException(String name) {
        super("Organization name already used: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}

package cn.govit.core.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

/** Rules for tenant codes: they name a schema and a Keycloak organization, so they are strict. */
public final class TenantCode {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{1,30}");
    private static final Set<String> RESERVED = Set.of(
            "platform", "public", "information-schema", "information_schema", "pg-catalog", "pg-toast",
            "postgres", "admin", "api", "system", "root", "govit", "keycloak", "master", "tenant", "tenants");

    private TenantCode() {
    }

    /** Returns the code, or throws {@link InvalidTenantCodeException} saying what is wrong with it. */
    public static String validate(String code) {
        if (code == null || !VALID.matcher(code).matches()) {
            throw new InvalidTenantCodeException(code, InvalidTenantCodeException.Reason.PATTERN);
        }
        if (RESERVED.contains(code) || code.startsWith("pg-")) {
            throw new InvalidTenantCodeException(code, InvalidTenantCodeException.Reason.RESERVED);
        }
        return code;
    }

    /** The schema of a tenant: a fixed prefix keeps it clear of PostgreSQL's own and the platform's schemas. */
    public static String schemaFor(String code) {
        return "t_" + validate(code).replace('-', '_');
    }
}

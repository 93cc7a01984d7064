package cn.govit.core.tenancy;

/** A tenant code that does not match {@code [a-z][a-z0-9-]{1,30}} or is reserved. */
public class InvalidTenantCodeException extends RuntimeException {

    public enum Reason { PATTERN, RESERVED }

    private final String code;
    private final Reason reason;

    public InvalidTenantCodeException(String code, Reason reason) {
        super("Invalid tenant code '" + code + "': " + reason);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }
}

package cn.govit.core.tenancy;

/**
 * A registration the registry refuses, with the field at fault: a division code that is not six digits or
 * lies outside the parent's, a parent that is not registered, a division code another tenant holds.
 */
public class InvalidTenantException extends RuntimeException {

    /** What is wrong; the API and the admin screen turn it into a Chinese message. */
    public enum Reason { DIVISION_FORMAT, DIVISION_OUTSIDE_PARENT, DIVISION_TAKEN, PARENT_UNKNOWN }

    private final Reason reason;
    private final String field;
    private final String value;

    public InvalidTenantException(Reason reason, String field, String value) {
        super(reason + " (" + field + "=" + value + ")");
        this.reason = reason;
        this.field = field;
        this.value = value;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}

package cn.govit.core.tenancy;

/** The caller's token names no organization that is an active tenant of the platform. */
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("No active tenant for this request");
    }
}

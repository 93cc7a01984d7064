package cn.govit.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the work running on this thread, set only from a verified token (see
 * {@link TenantResolutionFilter}) or by platform code that acts for a tenant explicitly.
 */
public final class TenantContext {

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or {@link NoTenantException} when the caller belongs to none. */
    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    /** Runs {@code work} as {@code tenant}, restoring whatever was current before. */
    public static <T> T callAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static void set(Tenant tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
    }
}

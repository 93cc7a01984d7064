package cn.govit.core.library;

import java.util.UUID;

/** Event: the yearly adjustment of Art. 9 rolled a tenant's libraries to a horizon starting in {@code firstYear}. */
public record LibraryAdjusted(String tenant, UUID adjustmentId, int firstYear, int lastYear, int changes, String actor) {
}

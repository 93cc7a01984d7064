package cn.govit.core.unit;

import java.util.List;

/** One page of the registry, with the total the filter matches. */
public record OwnerUnitPage(List<OwnerUnitView> items, int page, int size, long total) {
}

package cn.govit.core.rollup;

import cn.govit.core.tenancy.TenantLevel;

/**
 * Filters of the city's overview; {@code null} means any. {@code planYear} narrows the library figures to that plan
 * year (Art. 9); {@code level} the kind of tenant (county, district, development zone); {@code risk} the colour.
 */
public record OverviewFilter(TenantLevel level, Integer planYear, RiskColour risk) {

    public static final OverviewFilter ALL = new OverviewFilter(null, null, null);
}

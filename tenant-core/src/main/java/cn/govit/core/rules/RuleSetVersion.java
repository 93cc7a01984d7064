package cn.govit.core.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * 规则集版本 — one published version of a tenant's rule set: the parameters it sets, in force from
 * {@code effectiveFrom} until the tenant's next version. Versions are never changed or deleted, so
 * they are the rule set's history. The city's versions are the baseline every district inherits.
 *
 * @param overrides the parameters this tenant sets differently from what it inherits
 */
public record RuleSetVersion(String tenant, int version, LocalDate effectiveFrom, Map<RuleParameter, String> overrides,
                             String note, String createdBy, OffsetDateTime createdAt) {

    /** The city tenant, whose rule set is every district's baseline. */
    public static final String CITY = "city";

    public RuleSetVersion {
        overrides = Map.copyOf(overrides);
    }
}

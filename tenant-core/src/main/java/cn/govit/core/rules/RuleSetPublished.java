package cn.govit.core.rules;

import java.time.LocalDate;

/**
 * 规则集已发布 — a tenant published a version of its local measures (Art. 41), or the city its baseline, which
 * every district inherits.
 */
public record RuleSetPublished(String tenant, int version, LocalDate effectiveFrom, String actor) {
}

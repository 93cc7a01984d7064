package cn.govit.core.tenancy;

/**
 * 开通步骤 — onboarding of a tenant, in order. Each is recorded when it starts, ends or fails; running the
 * onboarding again skips what is done and resumes at the step that failed.
 */
public enum OnboardingStep {
    /** 登记：registry row, PENDING */
    REGISTERED,
    /** Keycloak organization */
    ORGANIZATION,
    /** first administrator with a one-time password and required actions */
    FIRST_ADMIN,
    /** schema and its migrations */
    SCHEMA,
    /** rule set inherited from the city baseline (Art. 41) */
    RULE_SET,
    /** ACTIVE: its users may work */
    ACTIVATED
}

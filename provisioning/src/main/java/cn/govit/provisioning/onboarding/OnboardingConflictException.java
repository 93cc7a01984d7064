package cn.govit.provisioning.onboarding;

import java.util.List;

/**
 * The tenant exists and this onboarding states another administrator, level or name: answering it as a
 * repetition would hand the tenant to someone else, so nothing is changed.
 */
class OnboardingConflictException extends RuntimeException {

    /** One stated value that differs from the registered one; {@code field} as in the request. */
    record Difference(String field, String registered, String requested) {
    }

    private final String code;
    private final transient List<Difference> differences;

    OnboardingConflictException(String code, List<Difference> differences) {
        super("Onboarding of " + code + " differs from the registered tenant: " + differences);
        this.code = code;
        this.differences = List.copyOf(differences);
    }

    String code() {
        return code;
    }

    List<Difference> differences() {
        return differences;
    }
}

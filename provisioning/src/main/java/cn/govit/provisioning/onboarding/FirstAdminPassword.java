package cn.govit.provisioning.onboarding;

import java.util.Locale;

/**
 * The policy of a first administrator's password, the production realm's own (at least 12 characters, not the
 * username) plus three of the four character classes, so a password Keycloak would refuse at the first change
 * is not set at onboarding either.
 */
final class FirstAdminPassword {

    static final int MIN_LENGTH = 12;
    static final int MIN_CLASSES = 3;

    /** The password breaks the policy. */
    static class WeakException extends RuntimeException {
        WeakException() {
            super("The first administrator's password breaks the password policy");
        }
    }

    private FirstAdminPassword() {
    }

    static void check(String password, String username) {
        if (!acceptable(password, username)) {
            throw new WeakException();
        }
    }

    static boolean acceptable(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH
                || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return classes >= MIN_CLASSES;
    }
}

package cn.govit.provisioning.onboarding;

/**
 * The stated first administrator is an existing account of another tenant or holds another platform role:
 * onboarding would silently make them an administrator of this tenant as well.
 */
class AdminAccountTakenException extends RuntimeException {

    private final String username;
    private final String holds;

    /** {@code holds}: the other organization's alias or the role the account holds. */
    AdminAccountTakenException(String username, String holds) {
        super("Account " + username + " already holds " + holds);
        this.username = username;
        this.holds = holds;
    }

    String username() {
        return username;
    }

    String holds() {
        return holds;
    }
}

package org.xuefa.people;

/**
 * One new account as printed on a slip: whose it is, the user name and the one-time password. Held by the screen
 * that created it (the user's UI session) and never stored.
 */
public record RolloutSlip(Long officialId, String staffNumber, String name, String unitName, String username,
        String oneTimePassword) {
}

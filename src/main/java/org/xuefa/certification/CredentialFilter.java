package org.xuefa.certification;

/**
 * What the credential register shows: each field narrows it, null leaves it open. {@code unitId} includes the
 * unit's subtree; {@code text} matches the holder's name or staff number or the credential's number;
 * {@code expiringWithinDays} keeps entitling credentials that expire within that many days of today.
 */
public record CredentialFilter(String typeCode, CredentialStatus status, Integer expiringWithinDays, Long unitId,
        String text) {
    public static CredentialFilter all() {
        return new CredentialFilter(null, null, null, null, null);
    }
}

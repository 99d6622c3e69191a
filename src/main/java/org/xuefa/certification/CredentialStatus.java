package org.xuefa.certification;

/** A credential's standing on a date: valid, expiring (inside the renewal window), expired, suspended, revoked. */
public enum CredentialStatus {
    VALID, EXPIRING, EXPIRED, SUSPENDED, REVOKED;

    /** Whether the holder may do the work the credential is for (持证上岗). */
    public boolean entitles() {
        return this == VALID || this == EXPIRING;
    }
}

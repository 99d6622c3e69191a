package org.xuefa.certification;

/** The register's order: one column, ascending or descending; ties go by holder name, then credential. */
public record CredentialSort(Key key, boolean descending) {
    public enum Key {
        UNIT, NAME, TYPE, NUMBER, ISSUED, EXPIRES, STATUS
    }

    /** By unit, then holder: what the register shows first. */
    public static CredentialSort byUnit() {
        return new CredentialSort(Key.UNIT, false);
    }
}

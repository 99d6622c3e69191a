package org.xuefa.certification;

/**
 * {@link Credential#statusOn} as SQL conditions on a credential {@code c} and its type {@code t} for the date
 * parameter {@code :day}, so the register filters, sorts and counts by status in the database. Each condition is
 * true or false, never null, so it can be negated. The renewal window subtracts whole months as
 * {@code LocalDate.minusMonths} does (the day clamped to the month's end), on H2 and PostgreSQL alike;
 * {@code CredentialStatusSqlTest} checks that both agree.
 */
final class StatusSql {
    static final String REVOKED = "(c.revoked_on is not null and c.revoked_on <= :day)";
    static final String SUSPENDED = "(c.suspended_on is not null and c.suspended_on <= :day)";
    static final String EXPIRED = "(c.issued_on > :day or (c.expires_on is not null and c.expires_on < :day)"
            + " or c.replaced_by_id is not null)";
    static final String IN_WINDOW = "(c.expires_on is not null and coalesce(t.renewal_window_months, 0) > 0"
            + " and c.expires_on - coalesce(t.renewal_window_months, 0) * interval '1' month <= :day)";
    /** Revoked and suspended win over dates, then expired, then the renewal window (as in the entity). */
    static final String ENTITLES = "(not " + REVOKED + " and not " + SUSPENDED + " and not " + EXPIRED + ")";
    /** The status's ordinal, for sorting in the enum's order. */
    static final String ORDINAL = "case when " + REVOKED + " then 4 when " + SUSPENDED + " then 3 when " + EXPIRED
            + " then 2 when " + IN_WINDOW + " then 1 else 0 end";

    private StatusSql() {
    }

    /** The condition that a credential has the status on {@code :day}. */
    static String is(CredentialStatus status) {
        return switch (status) {
            case REVOKED -> REVOKED;
            case SUSPENDED -> "(not " + REVOKED + " and " + SUSPENDED + ")";
            case EXPIRED -> "(not " + REVOKED + " and not " + SUSPENDED + " and " + EXPIRED + ")";
            case EXPIRING -> "(" + ENTITLES + " and " + IN_WINDOW + ")";
            case VALID -> "(" + ENTITLES + " and not " + IN_WINDOW + ")";
        };
    }

    static CredentialStatus fromOrdinal(int ordinal) {
        return CredentialStatus.values()[ordinal];
    }
}

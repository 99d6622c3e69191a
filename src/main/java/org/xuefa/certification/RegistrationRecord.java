package org.xuefa.certification;

import java.time.Instant;

/** One year's registration of a credential. */
public record RegistrationRecord(int year, boolean passed, String reason, Instant recordedAt) {
}

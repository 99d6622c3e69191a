package org.xuefa.quiz;

import java.time.LocalDate;

/**
 * What anyone may learn by checking a certificate's code: only name, exam, band, date and validity, and whether it
 * was revoked (never why).
 */
public record CertificateRecord(String code, String officialName, String examTitle, Band band, LocalDate issuedOn,
        LocalDate validUntil, boolean valid, boolean revoked) {
}

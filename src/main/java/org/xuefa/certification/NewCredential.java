package org.xuefa.certification;

import java.time.LocalDate;

/** What HR enters for a credential; {@code expiresOn} null takes the type's validity from the issue date. */
public record NewCredential(Long holderId, String typeCode, String number, String fields, LocalDate issuedOn,
        LocalDate expiresOn, String issuer) {
}

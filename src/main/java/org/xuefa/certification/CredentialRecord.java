package org.xuefa.certification;

import java.time.LocalDate;

/** A credential with its status on the day it was read. */
public record CredentialRecord(Long id, Long holderId, String holderName, String holderUnit, String typeCode,
        String number, String fields, LocalDate issuedOn, LocalDate expiresOn, String issuer, CredentialStatus status,
        String suspendReason, String revokeReason, long version) {
}

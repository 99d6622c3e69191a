package org.xuefa.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.xuefa.audit.Changes;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** One credential an official holds. Its status is computed for a date from its dates and its history. */
@Entity
@Table(name = "credential")
class Credential extends AbstractEntity {
    private Long holderId;
    private String typeCode;
    private String number;
    private String fields;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String issuer;
    private LocalDate suspendedOn;
    private String suspendReason;
    private LocalDate revokedOn;
    private String revokeReason;
    private Long replacedById;
    // the scanned copy, if any: a path under xuefa.files-dir (see CredentialScans)
    private String scanPath;
    private String scanContentType;
    private Long scanSize;
    private Instant scanUploadedAt;

    protected Credential() {
    }

    Credential(Long holderId, CredentialType type, String number, String fields, LocalDate issuedOn,
            LocalDate expiresOn, String issuer) {
        if (number == null || number.isBlank()) {
            throw new BusinessException("credential.error.number");
        }
        if (issuedOn == null) {
            throw new BusinessException("credential.error.issued");
        }
        this.holderId = holderId;
        this.typeCode = type.code();
        this.number = number.trim();
        this.fields = fields == null ? "" : fields.trim();
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn != null ? expiresOn
                : type.validityYears() == null ? null : issuedOn.plusYears(type.validityYears()).minusDays(1);
        if (this.expiresOn != null && this.expiresOn.isBefore(issuedOn)) {
            throw new BusinessException("credential.error.dates");
        }
        this.issuer = issuer == null || issuer.isBlank() ? "" : issuer.trim();
    }

    /**
     * The status on a date. Revoked and suspended win over dates; a credential inside the renewal window before
     * its expiry is expiring; one replaced by a renewal counts as expired from the renewal on.
     */
    CredentialStatus statusOn(LocalDate date, int renewalWindowMonths) {
        if (revokedOn != null && !date.isBefore(revokedOn)) {
            return CredentialStatus.REVOKED;
        }
        if (suspendedOn != null && !date.isBefore(suspendedOn)) {
            return CredentialStatus.SUSPENDED;
        }
        if (date.isBefore(issuedOn) || (expiresOn != null && date.isAfter(expiresOn)) || replacedById != null) {
            return CredentialStatus.EXPIRED;
        }
        if (expiresOn != null && renewalWindowMonths > 0 && !date.isBefore(expiresOn.minusMonths(renewalWindowMonths))) {
            return CredentialStatus.EXPIRING;
        }
        return CredentialStatus.VALID;
    }

    void suspend(LocalDate on, String reason) {
        requireReason(reason);
        this.suspendedOn = on;
        this.suspendReason = reason.trim();
    }

    void reinstate() {
        this.suspendedOn = null;
        this.suspendReason = null;
    }

    void revoke(LocalDate on, String reason) {
        requireReason(reason);
        this.revokedOn = on;
        this.revokeReason = reason.trim();
    }

    void replacedBy(Long id) {
        this.replacedById = id;
    }

    /**
     * Takes the details of {@code newer}, the same credential as a file now records it (an import), and says what
     * changed; nothing when the details are the same. Holder, type and number stay.
     */
    Changes correctFrom(Credential newer) {
        var changes = Changes.of().field("fields", fields, newer.fields)
                .field("issued", issuedOn, newer.issuedOn).field("expires", expiresOn, newer.expiresOn)
                .field("issuer", issuer, newer.issuer);
        fields = newer.fields;
        issuedOn = newer.issuedOn;
        expiresOn = newer.expiresOn;
        issuer = newer.issuer;
        return changes;
    }

    /** Records a stored scanned copy; returns the path of the one it replaces, or null. */
    String attachScan(String path, String contentType, long size, Instant at) {
        String old = scanPath;
        scanPath = path;
        scanContentType = contentType;
        scanSize = size;
        scanUploadedAt = at;
        return old;
    }

    /** Forgets the scanned copy; returns its path, or null when there was none. */
    String removeScan() {
        String old = attachScan(null, null, 0, null);
        scanSize = null;
        return old;
    }

    String scanPath() {
        return scanPath;
    }

    CredentialScanInfo scanInfo() {
        return new CredentialScanInfo(getId(), scanPath != null, scanContentType, scanSize == null ? 0 : scanSize,
                scanUploadedAt, getVersion());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("credential.error.reason");
        }
    }

    Long holderId() {
        return holderId;
    }

    String typeCode() {
        return typeCode;
    }

    String number() {
        return number;
    }

    String fields() {
        return fields;
    }

    String issuer() {
        return issuer;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate suspendedOn() {
        return suspendedOn;
    }

    String suspendReason() {
        return suspendReason;
    }

    Long replacedById() {
        return replacedById;
    }

    CredentialRecord toRecord(CredentialStatus status, String holderName, String holderUnit) {
        return new CredentialRecord(getId(), holderId, holderName, holderUnit, typeCode, number, fields, issuedOn,
                expiresOn, issuer, status, suspendReason, revokeReason, getVersion());
    }
}

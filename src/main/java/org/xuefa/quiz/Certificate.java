package org.xuefa.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A certificate of passing (合格证书) issued for one passed attempt, checkable by its code. */
@Entity
@Table(name = "certificate")
class Certificate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private Long attemptId;
    private Long officialId;
    private String officialName;
    private String examTitle;
    @Enumerated(EnumType.STRING)
    private Band band;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private boolean revoked;

    protected Certificate() {
    }

    Certificate(String code, Long attemptId, Long officialId, String officialName, String examTitle, Band band,
            LocalDate issuedOn, LocalDate validUntil) {
        this.code = code;
        this.attemptId = attemptId;
        this.officialId = officialId;
        this.officialName = officialName;
        this.examTitle = examTitle;
        this.band = band;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
    }

    void revoke() {
        this.revoked = true;
    }

    boolean revoked() {
        return revoked;
    }

    String examTitle() {
        return examTitle;
    }

    boolean validOn(LocalDate date) {
        return !revoked && (validUntil == null || !date.isAfter(validUntil));
    }

    String code() {
        return code;
    }

    Long attemptId() {
        return attemptId;
    }

    Long officialId() {
        return officialId;
    }

    CertificateRecord toRecord(LocalDate today) {
        return new CertificateRecord(code, officialName, examTitle, band, issuedOn, validUntil, validOn(today),
                revoked);
    }
}

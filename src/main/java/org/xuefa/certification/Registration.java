package org.xuefa.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The annual registration (年审) of a credential for one year: passed, or failed with a reason. */
@Entity
@Table(name = "credential_registration")
class Registration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long credentialId;
    @Column(name = "reg_year")
    private int year;
    private boolean passed;
    private String reason;
    private Instant recordedAt;

    protected Registration() {
    }

    Registration(Long credentialId, int year) {
        this.credentialId = credentialId;
        this.year = year;
    }

    /** The year's outcome; a failed registration may be passed later the same year. */
    void record(boolean passed, String reason, Instant at) {
        this.passed = passed;
        this.reason = reason;
        this.recordedAt = at;
    }

    Long credentialId() {
        return credentialId;
    }

    int year() {
        return year;
    }

    boolean passed() {
        return passed;
    }

    RegistrationRecord toRecord() {
        return new RegistrationRecord(year, passed, reason, recordedAt);
    }
}

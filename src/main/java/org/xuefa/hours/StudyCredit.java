package org.xuefa.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hours credited to an official for one source (a course, a session, external training) in one year, and the
 * requirement they count toward. Never edited.
 */
@Entity
@Table(name = "study_credit")
class StudyCredit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long officialId;
    @Column(name = "credit_year")
    private int year;
    private String source;
    private String sourceRef;
    private String title;
    private BigDecimal hours;
    private Instant creditedAt;
    @Enumerated(EnumType.STRING)
    private RequirementKind countsToward;
    private String detail;
    private String provider;
    private String certificate;
    private LocalDate startedOn;

    protected StudyCredit() {
    }

    StudyCredit(Long officialId, int year, String source, String sourceRef, String title, BigDecimal hours,
            Instant creditedAt) {
        this.officialId = officialId;
        this.year = year;
        this.source = source;
        this.sourceRef = sourceRef;
        this.title = title;
        this.hours = hours;
        this.creditedAt = creditedAt;
        this.countsToward = RequirementKind.of(CreditSource.valueOf(source));
    }

    Long id() {
        return id;
    }

    /** External training counts toward the requirement HR names. */
    void countAs(RequirementKind kind) {
        this.countsToward = kind;
    }

    /** External training: who organised it, its certificate and its first day (each may be null). */
    StudyCredit external(String provider, String certificate, LocalDate startedOn) {
        this.provider = provider;
        this.certificate = certificate;
        this.startedOn = startedOn;
        return this;
    }

    StudyCredit withDetail(String detail) {
        this.detail = detail;
        return this;
    }

    CreditRecord toRecord() {
        return new CreditRecord(officialId, year, source, sourceRef, title, hours, creditedAt, countsToward, detail);
    }
}

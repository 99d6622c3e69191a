package org.xuefa.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Hours credited to an official for one source (a course, a session, an exam) in one year. Never edited. */
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
    }

    CreditRecord toRecord() {
        return new CreditRecord(officialId, year, source, sourceRef, title, hours, creditedAt);
    }
}

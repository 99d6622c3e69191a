package org.xuefa.hours;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialCategory;

/** A year's requirement for one category of official and kind of study, set over the default. */
@Entity
@Table(name = "hours_requirement")
class HoursRequirement extends AbstractEntity {
    private int reqYear;
    @Enumerated(EnumType.STRING)
    private OfficialCategory category;
    @Enumerated(EnumType.STRING)
    private RequirementKind kind;
    private BigDecimal hours;
    private int periodYears;

    protected HoursRequirement() {
    }

    HoursRequirement(int year, OfficialCategory category, RequirementKind kind) {
        this.reqYear = year;
        this.category = category;
        this.kind = kind;
    }

    void set(BigDecimal hours, int periodYears) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(5000)) > 0
                || periodYears < 1 || periodYears > 10) {
            throw new BusinessException("hours.requirement.error");
        }
        this.hours = hours;
        this.periodYears = periodYears;
    }

    Requirement toRecord() {
        return new Requirement(reqYear, category, kind, hours, periodYears, false, getVersion());
    }
}

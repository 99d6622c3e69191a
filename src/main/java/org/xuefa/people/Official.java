package org.xuefa.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** A government employee who studies (干部), identified by a staff number that imports match on. */
@Entity
@Table(name = "official")
class Official extends AbstractEntity {
    private String staffNumber;
    private String name;
    private Long unitId;
    private String positionTitle;
    @Enumerated(EnumType.STRING)
    private OfficialCategory category;
    @Enumerated(EnumType.STRING)
    private EmploymentType employmentType;
    private boolean active;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private Long accountId;

    protected Official() {
    }

    Official(String staffNumber, OfficialData data) {
        if (staffNumber == null || staffNumber.isBlank()) {
            throw new BusinessException("official.error.staff-number-required");
        }
        this.staffNumber = staffNumber.trim();
        this.active = true;
        apply(data);
    }

    void apply(OfficialData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessException("official.error.name-required");
        }
        if (d.unitId() == null) {
            throw new BusinessException("official.error.unit-required");
        }
        this.name = d.name().trim();
        this.unitId = d.unitId();
        this.positionTitle = d.positionTitle() == null || d.positionTitle().isBlank() ? null : d.positionTitle().trim();
        this.category = d.category() == null ? OfficialCategory.STAFF : d.category();
        this.employmentType = d.employmentType() == null ? EmploymentType.ESTABLISHED : d.employmentType();
        this.joinedOn = d.joinedOn();
        if (d.leftOn() != null && d.joinedOn() != null && d.leftOn().isBefore(d.joinedOn())) {
            throw new BusinessException("official.error.left-before-joined");
        }
        this.leftOn = d.leftOn();
        this.active = d.leftOn() == null;
    }

    OfficialData data() {
        return new OfficialData(name, unitId, positionTitle, category, employmentType, joinedOn, leftOn);
    }

    String staffNumber() {
        return staffNumber;
    }

    String name() {
        return name;
    }

    Long unitId() {
        return unitId;
    }

    EmploymentType employmentType() {
        return employmentType;
    }

    boolean active() {
        return active;
    }

    Long accountId() {
        return accountId;
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }
}

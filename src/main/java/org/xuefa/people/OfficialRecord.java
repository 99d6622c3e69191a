package org.xuefa.people;

import java.time.LocalDate;

/** An official as views and other modules see one. */
public record OfficialRecord(Long id, String staffNumber, String name, Long unitId, String unitName,
        String positionTitle, OfficialCategory category, EmploymentType employmentType, boolean active,
        LocalDate joinedOn, LocalDate leftOn, Long accountId, long version) {

    public OfficialData data() {
        return new OfficialData(name, unitId, positionTitle, category, employmentType, joinedOn, leftOn);
    }
}

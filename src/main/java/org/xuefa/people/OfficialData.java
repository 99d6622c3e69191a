package org.xuefa.people;

import java.time.LocalDate;

/** The editable fields of an official; {@code leftOn} set means the official has left. */
public record OfficialData(String name, Long unitId, String positionTitle, OfficialCategory category,
        EmploymentType employmentType, LocalDate joinedOn, LocalDate leftOn) {
}

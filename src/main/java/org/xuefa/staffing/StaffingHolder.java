package org.xuefa.staffing;

import java.time.LocalDate;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;

/** One person doing the work of a unit's posts of a kind: how they hold it and on what terms they are employed. */
public record StaffingHolder(Long officialId, String name, String staffNumber, String homeUnitName,
        EmploymentType employmentType, AssignmentType assignmentType, LocalDate since) {

    static StaffingHolder of(long officialId, String name, String staffNumber, String homeUnitName,
            String employmentType, String assignmentType, LocalDate since) {
        return new StaffingHolder(officialId, name, staffNumber, homeUnitName == null ? "" : homeUnitName,
                EmploymentType.valueOf(employmentType), AssignmentType.valueOf(assignmentType), since);
    }
}

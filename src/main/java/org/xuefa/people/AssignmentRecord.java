package org.xuefa.people;

import java.time.LocalDate;

/** Who holds which post, how, and since when. */
public record AssignmentRecord(Long id, Long postId, String postTitle, PostKind postKind, Long postUnitId,
        String postUnitName, Long officialId, String officialName, String staffNumber, String officialUnitName,
        EmploymentType employmentType, AssignmentType type, LocalDate startDate, LocalDate endDate, long version) {
}

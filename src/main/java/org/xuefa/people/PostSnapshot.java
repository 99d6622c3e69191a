package org.xuefa.people;

import java.time.LocalDate;
import java.util.List;

/** A post and everyone holding it on a given date, for reports. */
public record PostSnapshot(Long postId, Long unitId, String unitName, String unitNameEn, String unitPath, PostKind kind, String title,
        int establishment, String requiredCredentialType, List<Holder> holders) {

    /** One person in the post: how they hold it and on what terms they are employed. */
    public record Holder(Long officialId, String name, String staffNumber, String homeUnitName,
            EmploymentType employmentType, AssignmentType assignmentType, LocalDate since) {
    }
}

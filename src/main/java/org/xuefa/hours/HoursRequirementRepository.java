package org.xuefa.hours;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.xuefa.people.OfficialCategory;

interface HoursRequirementRepository extends JpaRepository<HoursRequirement, Long> {
    List<HoursRequirement> findByReqYear(int year);

    Optional<HoursRequirement> findByReqYearAndCategoryAndKind(int year, OfficialCategory category,
            RequirementKind kind);
}

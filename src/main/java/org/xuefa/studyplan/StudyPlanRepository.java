package org.xuefa.studyplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {
    Optional<StudyPlan> findByUnitIdAndPlanYear(Long unitId, int planYear);
}

package org.xuefa.course;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeMissRepository extends JpaRepository<PracticeMiss, Long> {
    Optional<PracticeMiss> findByOfficialIdAndCourseIdAndQuestionId(Long officialId, String courseId,
            String questionId);

    List<PracticeMiss> findByOfficialIdAndCourseIdOrderByMissedAtAsc(Long officialId, String courseId);
}

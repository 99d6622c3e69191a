package org.xuefa.course;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseProgressRepository extends JpaRepository<CourseProgress, Long> {
    Optional<CourseProgress> findByOfficialIdAndCourseId(Long officialId, String courseId);

    List<CourseProgress> findByOfficialId(Long officialId);
}

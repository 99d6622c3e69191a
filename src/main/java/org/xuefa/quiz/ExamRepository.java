package org.xuefa.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExamRepository extends JpaRepository<Exam, Long> {
    /** Exams owned by a unit whose path matches the pattern (a subtree: an escaped prefix and '%'). */
    @Query(value = "select e.* from exam e join org_unit u on u.id = e.owner_unit_id"
            + " where u.path like :pattern escape '\\' order by e.opens_at desc", nativeQuery = true)
    List<Exam> ownedUnder(@Param("pattern") String pattern);

    List<Exam> findByStatusOrderByOpensAtDesc(ExamStatus status);

    Optional<Exam> findFirstByKindAndCourseId(ExamKind kind, String courseId);
}

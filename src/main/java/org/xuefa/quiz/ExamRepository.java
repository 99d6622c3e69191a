package org.xuefa.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExamRepository extends JpaRepository<Exam, Long> {
    List<Exam> findByOwnerUnitIdInOrderByOpensAtDesc(Collection<Long> unitIds);

    List<Exam> findByStatusOrderByOpensAtDesc(ExamStatus status);

    Optional<Exam> findFirstByKindAndCourseId(ExamKind kind, String courseId);
}

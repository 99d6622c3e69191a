package org.xuefa.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExamRepository extends JpaRepository<Exam, Long> {
    List<Exam> findByOwnerUnitIdInOrderByOpensAtDesc(Collection<Long> unitIds);

    List<Exam> findByStatusOrderByOpensAtDesc(ExamStatus status);

    Optional<Exam> findFirstByKindAndCourseId(ExamKind kind, String courseId);
}

interface ExamAttemptRepository extends JpaRepository<ExamAttempt, Long> {
    List<ExamAttempt> findByExamIdAndOfficialIdOrderByAttemptNo(Long examId, Long officialId);

    List<ExamAttempt> findByOfficialId(Long officialId);

    List<ExamAttempt> findByExamId(Long examId);

    List<ExamAttempt> findByExamIdInAndOfficialIdIn(Collection<Long> examIds, Collection<Long> officialIds);

    @Query("select a.id from ExamAttempt a where a.status = :status and a.deadline < :before")
    List<Long> expired(@Param("status") AttemptStatus status, @Param("before") Instant before);
}

interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {
    List<AttemptItem> findByAttemptIdOrderByPosition(Long attemptId);

    Optional<AttemptItem> findByAttemptIdAndPosition(Long attemptId, int position);

    List<AttemptItem> findByAttemptIdIn(Collection<Long> attemptIds);
}

interface ExamAllowanceRepository extends JpaRepository<ExamAllowance, Long> {
    Optional<ExamAllowance> findByExamIdAndOfficialId(Long examId, Long officialId);
}

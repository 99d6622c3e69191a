package org.xuefa.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExamAttemptRepository extends JpaRepository<ExamAttempt, Long> {
    List<ExamAttempt> findByExamIdAndOfficialIdOrderByAttemptNo(Long examId, Long officialId);

    List<ExamAttempt> findByOfficialId(Long officialId);

    List<ExamAttempt> findByExamId(Long examId);

    List<ExamAttempt> findByExamIdInAndOfficialIdIn(Collection<Long> examIds, Collection<Long> officialIds);

    @Query("select a.id from ExamAttempt a where a.status = :status and a.deadline < :before")
    List<Long> expired(@Param("status") AttemptStatus status, @Param("before") Instant before);
}

package org.xuefa.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExamAllowanceRepository extends JpaRepository<ExamAllowance, Long> {
    Optional<ExamAllowance> findByExamIdAndOfficialId(Long examId, Long officialId);
}

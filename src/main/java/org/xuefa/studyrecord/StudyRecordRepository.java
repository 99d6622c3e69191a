package org.xuefa.studyrecord;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyRecordRepository extends JpaRepository<StudyRecord, Long> {
    Optional<StudyRecord> findBySessionId(Long sessionId);
}

package org.xuefa.studyrecord;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordAttachmentRepository extends JpaRepository<RecordAttachment, Long> {
    List<RecordAttachment> findBySessionIdOrderByIdAsc(Long sessionId);

    long countBySessionId(Long sessionId);
}

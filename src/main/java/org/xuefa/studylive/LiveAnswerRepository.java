package org.xuefa.studylive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveAnswerRepository extends JpaRepository<LiveAnswer, Long> {
    Optional<LiveAnswer> findByRunIdAndOfficialId(Long runId, Long officialId);

    List<LiveAnswer> findByRunId(Long runId);

    List<LiveAnswer> findBySessionId(Long sessionId);

    List<LiveAnswer> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    long countByRunId(Long runId);
}

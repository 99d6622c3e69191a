package org.xuefa.study;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiveQuizStateRepository extends JpaRepository<LiveQuizState, Long> {
    Optional<LiveQuizState> findBySessionId(Long sessionId);

    List<LiveQuizState> findBySessionIdIn(Collection<Long> sessionIds);
}

interface LiveQuestionRunRepository extends JpaRepository<LiveQuestionRun, Long> {
    List<LiveQuestionRun> findBySessionIdOrderByPosition(Long sessionId);

    Optional<LiveQuestionRun> findFirstBySessionIdOrderByPositionDesc(Long sessionId);

    /** Answers and the reveal take the run's row lock, so no answer slips in after the reveal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from LiveQuestionRun r where r.id = :id")
    Optional<LiveQuestionRun> lockById(@Param("id") Long id);
}

interface LiveAnswerRepository extends JpaRepository<LiveAnswer, Long> {
    Optional<LiveAnswer> findByRunIdAndOfficialId(Long runId, Long officialId);

    List<LiveAnswer> findByRunId(Long runId);

    List<LiveAnswer> findBySessionId(Long sessionId);

    List<LiveAnswer> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    long countByRunId(Long runId);
}

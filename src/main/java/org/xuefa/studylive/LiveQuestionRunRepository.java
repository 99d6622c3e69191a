package org.xuefa.studylive;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiveQuestionRunRepository extends JpaRepository<LiveQuestionRun, Long> {
    List<LiveQuestionRun> findBySessionIdOrderByPosition(Long sessionId);

    Optional<LiveQuestionRun> findFirstBySessionIdOrderByPositionDesc(Long sessionId);

    /** Answers and the reveal take the run's row lock, so no answer slips in after the reveal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from LiveQuestionRun r where r.id = :id")
    Optional<LiveQuestionRun> lockById(@Param("id") Long id);
}

package org.xuefa.studymakeup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.xuefa.study.SessionStatus;

interface MakeupTaskRepository extends JpaRepository<MakeupTask, Long> {
    Optional<MakeupTask> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<MakeupTask> findBySessionId(Long sessionId);

    List<MakeupTask> findByOfficialIdAndStatus(Long officialId, MakeupStatus status);

    List<MakeupTask> findByOfficialIdAndStatusIn(Long officialId, Collection<MakeupStatus> statuses);

    @Query("select t.sessionId, t.status, count(t) from MakeupTask t where t.sessionId in :ids"
            + " group by t.sessionId, t.status")
    List<Object[]> countBySession(@Param("ids") Collection<Long> sessionIds);

    /**
     * Tasks per official and status for the closed sessions that started in [from, to). Joins the sessions
     * module's table by entity name, so the count stays one query.
     */
    @Query("select t.officialId, t.status, count(t) from MakeupTask t, StudySession s where t.sessionId = s.id"
            + " and s.status = :closed and s.startsAt >= :from and s.startsAt < :to and t.officialId in :ids"
            + " group by t.officialId, t.status")
    List<Object[]> countByOfficial(@Param("ids") Collection<Long> officialIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed);
}

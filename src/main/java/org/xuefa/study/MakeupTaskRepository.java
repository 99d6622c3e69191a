package org.xuefa.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MakeupTaskRepository extends JpaRepository<MakeupTask, Long> {
    Optional<MakeupTask> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<MakeupTask> findBySessionId(Long sessionId);

    List<MakeupTask> findByOfficialIdAndStatus(Long officialId, MakeupStatus status);

    List<MakeupTask> findByOfficialIdAndStatusIn(Long officialId, Collection<MakeupStatus> statuses);

    @Query("select t.sessionId, t.status, count(t) from MakeupTask t where t.sessionId in :ids"
            + " group by t.sessionId, t.status")
    List<Object[]> countBySession(@Param("ids") Collection<Long> sessionIds);

    /** Tasks per official and status for the closed sessions that started in [from, to). */
    @Query("select t.officialId, t.status, count(t) from MakeupTask t, StudySession s where t.sessionId = s.id"
            + " and s.status = :closed and s.startsAt >= :from and s.startsAt < :to and t.officialId in :ids"
            + " group by t.officialId, t.status")
    List<Object[]> countByOfficial(@Param("ids") Collection<Long> officialIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed);
}

/** The attendance reports' reading: projections and counts, so a report never loads entities one by one. */
interface AttendanceReportRepository extends org.springframework.data.repository.Repository<Attendance, Long> {
    @Query("select s.id, s.title, s.kind, s.startsAt, s.unitId from StudySession s where s.status = :closed"
            + " and s.unitId in :units and s.startsAt >= :from and s.startsAt < :to order by s.startsAt desc, s.id desc")
    List<Object[]> closedSessions(@Param("units") Collection<Long> unitIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed,
            org.springframework.data.domain.Pageable page);

    @Query("select count(s) from StudySession s where s.status = :closed and s.unitId in :units"
            + " and s.startsAt >= :from and s.startsAt < :to")
    long countClosedSessions(@Param("units") Collection<Long> unitIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed);

    @Query("select a.sessionId, a.status, count(a) from Attendance a where a.sessionId in :ids"
            + " group by a.sessionId, a.status")
    List<Object[]> countByStatus(@Param("ids") Collection<Long> sessionIds);

    /** Each official's attendances at closed sessions that started in [from, to), in order of the sessions. */
    @Query("select a.officialId, a.status from Attendance a, StudySession s where a.sessionId = s.id"
            + " and s.status = :closed and s.startsAt >= :from and s.startsAt < :to and a.officialId in :ids"
            + " order by a.officialId, s.startsAt, s.id")
    List<Object[]> attendanceOf(@Param("ids") Collection<Long> officialIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed);
}

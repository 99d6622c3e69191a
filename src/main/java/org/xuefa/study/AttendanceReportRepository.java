package org.xuefa.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** What {@link AttendanceFigures} counts for reports, as projections and counts: never entities one by one. */
interface AttendanceReportRepository extends Repository<Attendance, Long> {
    @Query("select s.id, s.title, s.kind, s.startsAt, s.unitId from StudySession s where s.status = :closed"
            + " and s.unitId in :units and s.startsAt >= :from and s.startsAt < :to order by s.startsAt desc, s.id desc")
    List<Object[]> closedSessions(@Param("units") Collection<Long> unitIds, @Param("from") Instant from,
            @Param("to") Instant to, @Param("closed") SessionStatus closed,
            Pageable page);

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

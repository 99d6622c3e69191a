package org.xuefa.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudySessionRepository extends JpaRepository<StudySession, Long>, JpaSpecificationExecutor<StudySession> {
    @Query("select s from StudySession s where s.status = :status and s.endsAt < :before")
    List<StudySession> endedBefore(@Param("status") SessionStatus status, @Param("before") Instant before);

    @Query("select s from StudySession s where s.status = :status and s.endsAt >= :from and s.startsAt < :to"
            + " order by s.startsAt")
    List<StudySession> between(@Param("status") SessionStatus status, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select s from StudySession s where s.unitId = :unitId and s.startsAt >= :from and s.startsAt < :to")
    List<StudySession> ofUnit(@Param("unitId") Long unitId, @Param("from") Instant from, @Param("to") Instant to);
}

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    Optional<Attendance> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<Attendance> findBySessionId(Long sessionId);

    List<Attendance> findByOfficialIdAndSessionIdIn(Long officialId, Collection<Long> sessionIds);

    @Query("select a.status, count(a) from Attendance a where a.sessionId = :sessionId group by a.status")
    List<Object[]> countByStatus(@Param("sessionId") Long sessionId);

    @Query("select a from Attendance a where a.sessionId = :sessionId and a.checkedInAt is not null"
            + " order by a.checkedInAt desc, a.id desc")
    List<Attendance> latestCheckIns(@Param("sessionId") Long sessionId, org.springframework.data.domain.Pageable page);
}

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {
    Optional<LeaveRequest> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<LeaveRequest> findBySessionId(Long sessionId);

    List<LeaveRequest> findByOfficialIdAndSessionIdIn(Long officialId, Collection<Long> sessionIds);
}

interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {
    Optional<StudyPlan> findByUnitIdAndPlanYear(Long unitId, int planYear);

    List<StudyPlan> findByPlanYearAndUnitIdIn(int planYear, Collection<Long> unitIds);
}

package org.xuefa.study;

import java.util.Collection;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {
    Optional<LeaveRequest> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<LeaveRequest> findBySessionId(Long sessionId);

    List<LeaveRequest> findByOfficialIdAndSessionIdIn(Long officialId, Collection<Long> sessionIds);

    /** Pending requests for sessions of the units that have not started yet, the soonest session first. */
    @Query("select l from LeaveRequest l, StudySession s where s.id = l.sessionId"
            + " and l.status = org.xuefa.study.LeaveStatus.PENDING"
            + " and s.status = org.xuefa.study.SessionStatus.SCHEDULED and s.startsAt > :now and s.unitId in :units"
            + " order by s.startsAt, l.requestedAt, l.id")
    List<LeaveRequest> pending(@Param("units") Collection<Long> unitIds, @Param("now") Instant now, Pageable page);

    @Query("select count(l) from LeaveRequest l, StudySession s where s.id = l.sessionId"
            + " and l.status = org.xuefa.study.LeaveStatus.PENDING"
            + " and s.status = org.xuefa.study.SessionStatus.SCHEDULED and s.startsAt > :now and s.unitId in :units")
    long countPending(@Param("units") Collection<Long> unitIds, @Param("now") Instant now);
}

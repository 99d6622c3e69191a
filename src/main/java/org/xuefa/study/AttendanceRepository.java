package org.xuefa.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    Optional<Attendance> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<Attendance> findBySessionId(Long sessionId);

    List<Attendance> findByOfficialIdAndSessionIdIn(Long officialId, Collection<Long> sessionIds);

    @Query("select a.status, count(a) from Attendance a where a.sessionId = :sessionId group by a.status")
    List<Object[]> countByStatus(@Param("sessionId") Long sessionId);

    @Query("select a from Attendance a where a.sessionId = :sessionId and a.checkedInAt is not null"
            + " order by a.checkedInAt desc, a.id desc")
    List<Attendance> latestCheckIns(@Param("sessionId") Long sessionId, Pageable page);
}

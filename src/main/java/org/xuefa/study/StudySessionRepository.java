package org.xuefa.study;

import java.time.Instant;
import java.util.List;
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

    /** Sessions of any status in a period (cancelled ones too), soonest first. */
    @Query("select s from StudySession s where s.endsAt >= :from and s.startsAt < :to order by s.startsAt")
    List<StudySession> overlapping(@Param("from") Instant from, @Param("to") Instant to);

    @Query("select s from StudySession s where s.unitId = :unitId and s.startsAt >= :from and s.startsAt < :to")
    List<StudySession> ofUnit(@Param("unitId") Long unitId, @Param("from") Instant from, @Param("to") Instant to);

    /** Closed sessions of the units whose path matches a subtree's like pattern, starting in [from, to). */
    @Query(value = "select s.* from study_session s join org_unit u on u.id = s.unit_id where u.path like :pattern"
            + " and s.status = 'CLOSED' and s.starts_at >= :from and s.starts_at < :to order by s.starts_at, s.id",
            nativeQuery = true)
    List<StudySession> closedUnder(@Param("pattern") String pattern, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select s from StudySession s where s.speakerOfficialId = :official and s.status = :status"
            + " and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id")
    List<StudySession> spokenBy(@Param("official") Long officialId, @Param("status") SessionStatus status,
            @Param("from") Instant from, @Param("to") Instant to);
}

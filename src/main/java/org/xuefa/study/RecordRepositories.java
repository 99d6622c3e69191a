package org.xuefa.study;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface StudyRecordRepository extends JpaRepository<StudyRecord, Long> {
    Optional<StudyRecord> findBySessionId(Long sessionId);
}

interface RecordAttachmentRepository extends JpaRepository<RecordAttachment, Long> {
    List<RecordAttachment> findBySessionIdOrderByIdAsc(Long sessionId);

    long countBySessionId(Long sessionId);
}

interface ReflectionRepository extends JpaRepository<Reflection, Long> {
    Optional<Reflection> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<Reflection> findBySessionIdOrderBySubmittedAtAsc(Long sessionId);
}

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {
    Optional<CalendarFeed> findByAccountId(Long accountId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}

/** Sessions of any status in a period, for calendar feeds (cancelled ones are shown as cancelled). */
interface FeedSessionRepository extends Repository<StudySession, Long> {
    @Query("select s from StudySession s where s.endsAt >= :from and s.startsAt < :to order by s.startsAt")
    List<StudySession> between(@Param("from") Instant from, @Param("to") Instant to);
}

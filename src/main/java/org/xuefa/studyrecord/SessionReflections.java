package org.xuefa.studyrecord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;

/**
 * Reflections (心得): when the organizer asks for them, each attendee who was present or late writes one and may
 * edit it; organizers, leaders and HR read them all with the record.
 */
@Service
public class SessionReflections {
    private final StudySessions sessions;
    private final SessionMarks marks;
    private final StudyRecordRepository records;
    private final ReflectionRepository reflections;
    private final Officials officials;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    SessionReflections(StudySessions sessions, SessionMarks marks, StudyRecordRepository records,
            ReflectionRepository reflections, Officials officials, AuditLog audit, TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.marks = marks;
        this.records = records;
        this.reflections = reflections;
        this.officials = officials;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Writes or edits the signed-in official's own reflection (at most 1000 characters), when the organizer asks
     * for reflections and they attended (present or late).
     */
    @Allowed.SignedIn
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReflectionRecord reflect(Long sessionId, String text) {
        Reflection.checked(text);
        return retryOnDuplicate(() -> {
            SessionRecord s = sessionOf(sessionId);
            OfficialRecord me = officials.me()
                    .orElseThrow(() -> new BusinessException("study.checkin.error.no-official"));
            if (s.status() == SessionStatus.CANCELLED) {
                throw new BusinessException("study.session.error.cancelled");
            }
            AttendanceStatus status = marks.mine(sessionId).map(SessionMarks.Mark::status).orElse(null);
            if (status == null || !status.attended()) {
                throw new BusinessException("studyRecord.reflection.error.not-attended");
            }
            if (!records.findBySessionId(sessionId).map(StudyRecord::reflectionsRequested).orElse(false)) {
                throw new BusinessException("studyRecord.reflection.error.not-requested");
            }
            Instant now = clock.instant();
            Reflection r = reflections.findBySessionIdAndOfficialId(sessionId, me.id()).orElse(null);
            boolean created = r == null;
            if (created) {
                r = new Reflection(sessionId, me.id(), text, now);
            } else {
                r.edit(text, now);
            }
            r = reflections.saveAndFlush(r);
            audit.record(created ? "REFLECT" : "EDIT_REFLECTION", "study_reflection", r.getId(),
                    "session " + s.title() + ", " + me.name(), r.body().length() + " characters");
            return r.toRecord(me.name(), me.unitName());
        });
    }

    private SessionRecord sessionOf(Long sessionId) {
        SessionRecord s = sessions.records(List.of(sessionId)).get(sessionId);
        if (s == null) {
            throw new BusinessException("study.session.error.not-found");
        }
        return s;
    }

    private <T> T retryOnDuplicate(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException e) {
            // the same person's second tab saved at the same moment: the second run edits that row
            return tx.execute(status -> work.get());
        }
    }
}

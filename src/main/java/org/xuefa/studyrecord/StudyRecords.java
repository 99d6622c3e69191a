package org.xuefa.studyrecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.course.LessonRenderer;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.ReportScopes;
import org.xuefa.security.CurrentUser;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionMarks;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;

/**
 * The record of a session (学法记录). Organizers in scope write its summary and key points and ask attendees for
 * reflections ({@link SessionReflections}); files are {@link RecordAttachments}. Organizers, leaders and HR in scope
 * read everything; an invitee reads the record, the attachments and their own reflection.
 */
@Service
@Transactional
public class StudyRecords {
    /** How far back "my records" looks. */
    static final Duration MY_RECORDS_BACK = Duration.ofDays(365);
    static final String ENTITY = "study_record";

    private final SessionAccess access;
    private final SessionMarks marks;
    private final SessionRoster roster;
    private final StudyRecordRepository records;
    private final RecordAttachmentRepository attachments;
    private final ReflectionRepository reflections;
    private final RecordPdfs pdfs;
    private final Officials officials;
    private final LessonRenderer renderer;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReportScopes scopes;

    StudyRecords(SessionAccess access, SessionMarks marks, SessionRoster roster,
            StudyRecordRepository records, RecordAttachmentRepository attachments, ReflectionRepository reflections,
            RecordPdfs pdfs, Officials officials, LessonRenderer renderer, AuditLog audit, CurrentUser currentUser,
            Clock clock, ReportScopes scopes) {
        this.scopes = scopes;
        this.access = access;
        this.marks = marks;
        this.roster = roster;
        this.records = records;
        this.attachments = attachments;
        this.reflections = reflections;
        this.pdfs = pdfs;
        this.officials = officials;
        this.renderer = renderer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading

    /** The record of a session for whoever may see it: organizers, leaders and HR in scope, and its invitees. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public StudyRecordDetails view(Long sessionId) {
        SessionAccess.Viewer viewer = access.viewer(sessionId);
        SessionRecord s = viewer.session();
        StudyRecord r = records.findBySessionId(sessionId).orElse(null);
        AttendanceStatus mine = viewer.me() == null ? null
                : marks.mine(sessionId).map(SessionMarks.Mark::status).orElse(null);
        ReflectionRecord myReflection = viewer.me() == null ? null : reflections
                .findBySessionIdAndOfficialId(sessionId, viewer.me().id())
                .map(x -> x.toRecord(viewer.me().name(), viewer.me().unitName())).orElse(null);
        boolean requested = r != null && r.reflectionsRequested();
        boolean mayReflect = requested && s.status() != SessionStatus.CANCELLED && mine != null && mine.attended();
        List<ReflectionRecord> all = viewer.reader() ? reflectionsOf(sessionId) : List.of();
        return new StudyRecordDetails(s, r == null ? -1 : r.getVersion(),
                r == null ? null : r.summary(), r == null ? null : r.keyPoints(),
                r == null ? "" : renderer.toSafeHtml(r.summary()), r == null ? "" : renderer.toSafeHtml(r.keyPoints()),
                requested, attachments.findBySessionIdOrderByIdAsc(sessionId).stream().map(RecordAttachment::toInfo)
                        .toList(),
                viewer.organizer() && s.status() != SessionStatus.CANCELLED, viewer.reader(), viewer.invited(), mine,
                myReflection, mayReflect, all);
    }

    /**
     * Sessions of the last year that invited the signed-in official and have begun (not cancelled), latest
     * first, with their own standing; empty for an account without an official.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<MyStudyRecord> mine() {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<SessionRecord> begun = access.invitingMe(now.minus(MY_RECORDS_BACK), now, null).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && !s.startsAt().isAfter(now)).toList();
        List<MyStudyRecord> out = new ArrayList<>();
        for (SessionRecord s : begun) {
            StudyRecord r = records.findBySessionId(s.id()).orElse(null);
            AttendanceStatus status = marks.mine(s.id()).map(SessionMarks.Mark::status).orElse(null);
            boolean reflected = reflections.findBySessionIdAndOfficialId(s.id(), me.get().id()).isPresent();
            out.add(new MyStudyRecord(s, status,
                    r != null && (r.summary() != null || r.keyPoints() != null), r != null && r.reflectionsRequested(),
                    reflected));
        }
        out.sort(Comparator.comparing((MyStudyRecord m) -> m.session().startsAt()).reversed());
        return out;
    }

    // ---- writing the record

    /**
     * Writes the summary and key points (Markdown). {@code version} is the record's version the organizer saw,
     * -1 when there was none yet; a stale one is refused.
     */
    @Allowed.Organizers
    public StudyRecordDetails save(Long sessionId, String summary, String keyPoints, long version) {
        SessionRecord s = editable(sessionId);
        StudyRecord r = current(s, version);
        String before = describe(r);
        r.write(summary, keyPoints, clock.instant(), username());
        flush(r);
        audit.record(version < 0 ? "CREATE" : "UPDATE", ENTITY, sessionId, "session " + s.title(),
                before + " -> " + describe(r));
        return view(sessionId);
    }

    /** Asks the attendees for reflections, or stops asking (written ones are kept). */
    @Allowed.Organizers
    public StudyRecordDetails requestReflections(Long sessionId, boolean requested, long version) {
        SessionRecord s = editable(sessionId);
        StudyRecord r = current(s, version);
        if (r.reflectionsRequested() != requested || version < 0) {
            r.requestReflections(requested, clock.instant(), username());
            flush(r);
            audit.record(requested ? "REQUEST_REFLECTIONS" : "STOP_REFLECTIONS", ENTITY, sessionId,
                    "session " + s.title(), null);
        }
        return view(sessionId);
    }
    // ---- printing

    /** The printable record as PDF: session, summary, key points, attendance by status, reflections, attachments. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public byte[] recordPdf(Long sessionId, Locale locale) {
        StudyRecordDetails view = view(sessionId);
        if (!view.canSeeAll()) {
            throw new AccessDeniedException("session " + sessionId + " is outside your scope");
        }
        return pdfs.record(view, roster.roster(sessionId), roster.counts(sessionId), locale);
    }

    /** The sign-in sheet (签到表) as PDF: every invitee with unit and status, and a column to sign on paper. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public byte[] signInSheetPdf(Long sessionId, Locale locale) {
        SessionRecord s = access.organized(sessionId);
        return pdfs.signInSheet(s, roster.roster(sessionId), locale);
    }

    // ---- helpers

    private SessionRecord editable(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        if (s.status() == SessionStatus.CANCELLED) {
            throw new BusinessException("study.session.error.cancelled");
        }
        return s;
    }

    /** The record the organizer edits: a new one when they saw none, else theirs if nobody saved since. */
    private StudyRecord current(SessionRecord s, long version) {
        StudyRecord r = records.findBySessionId(s.id()).orElse(null);
        if (r == null) {
            if (version >= 0) {
                throw new BusinessException("error.conflict");
            }
            return new StudyRecord(s.id(), clock.instant(), username());
        }
        if (version < 0) {
            throw new BusinessException("error.conflict"); // someone wrote the first version meanwhile
        }
        r.checkVersion(version);
        return r;
    }

    private void flush(StudyRecord r) {
        try {
            records.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("error.conflict"); // two organizers created the record at once
        }
    }

    private List<ReflectionRecord> reflectionsOf(Long sessionId) {
        List<Reflection> list = reflections.findBySessionIdOrderBySubmittedAtAsc(sessionId);
        Map<Long, OfficialRecord> people = scopes.officials(list.stream().map(Reflection::officialId).toList());
        return list.stream().map(r -> {
            OfficialRecord o = people.get(r.officialId());
            return r.toRecord(o == null ? officials.nameOf(r.officialId()) : o.name(), o == null ? "" : o.unitName());
        }).toList();
    }

    private static String describe(StudyRecord r) {
        return "summary " + length(r.summary()) + " chars, key points " + length(r.keyPoints()) + " chars";
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private String username() {
        return currentUser.require().getUsername();
    }

}

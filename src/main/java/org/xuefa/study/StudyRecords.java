package org.xuefa.study;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.course.LessonRenderer;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * The record of a session (学法记录). Organizers in scope write its summary and key points, attach photos, slides
 * and documents, and ask attendees for reflections (心得); those who attended (present or late) then write one each.
 * Organizers, leaders and HR in scope read everything; an invitee reads the record, the attachments and their own
 * reflection. Files follow the transaction: a removed one is deleted after the commit, a new one after a rollback.
 */
@Service
@Transactional
public class StudyRecords {
    /** How far back "my records" looks. */
    static final Duration MY_RECORDS_BACK = Duration.ofDays(365);
    static final int MAX_ATTACHMENTS = 50;
    private static final Logger log = LoggerFactory.getLogger(StudyRecords.class);
    private static final String ENTITY = "study_record";

    private final StudySessionRepository sessions;
    private final FeedSessionRepository sessionsBetween;
    private final AttendanceRepository attendance;
    private final StudyRecordRepository records;
    private final RecordAttachmentRepository attachments;
    private final ReflectionRepository reflections;
    private final org.xuefa.base.FileStore store;
    private final Invitations invitations;
    private final StudySessions studySessions;
    private final RecordPdfs pdfs;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final LessonRenderer renderer;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxMegabytes;

    StudyRecords(StudySessionRepository sessions, FeedSessionRepository sessionsBetween,
            AttendanceRepository attendance, StudyRecordRepository records, RecordAttachmentRepository attachments,
            ReflectionRepository reflections, org.xuefa.base.FileStore store, Invitations invitations,
            StudySessions studySessions, RecordPdfs pdfs, Officials officials, OrgUnits orgUnits,
            LessonRenderer renderer, AuditLog audit, CurrentUser currentUser, TransactionTemplate tx, Clock clock,
            @Value("${xuefa.session.attachment-max-mb:10}") int maxMegabytes) {
        this.sessions = sessions;
        this.sessionsBetween = sessionsBetween;
        this.attendance = attendance;
        this.records = records;
        this.attachments = attachments;
        this.reflections = reflections;
        this.store = store;
        this.invitations = invitations;
        this.studySessions = studySessions;
        this.pdfs = pdfs;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.renderer = renderer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
        this.maxMegabytes = maxMegabytes;
    }

    /** The largest attachment accepted, in megabytes. */
    @Allowed.SignedIn
    public int maxAttachmentMegabytes() {
        return maxMegabytes;
    }

    // ---- reading

    /** The record of a session for whoever may see it: organizers, leaders and HR in scope, and its invitees. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public StudyRecordDetails view(Long sessionId) {
        StudySession s = find(sessionId);
        Access access = access(s);
        StudyRecord r = records.findBySessionId(sessionId).orElse(null);
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        AttendanceStatus mine = access.me() == null ? null : attendance
                .findBySessionIdAndOfficialId(sessionId, access.me().id()).map(Attendance::status).orElse(null);
        ReflectionRecord myReflection = access.me() == null ? null : reflections
                .findBySessionIdAndOfficialId(sessionId, access.me().id())
                .map(x -> x.toRecord(access.me().name(), access.me().unitName())).orElse(null);
        boolean requested = r != null && r.reflectionsRequested();
        boolean mayReflect = requested && s.status() != SessionStatus.CANCELLED && mine != null && mine.attended();
        List<ReflectionRecord> all = access.reader() ? reflectionsOf(sessionId, units) : List.of();
        return new StudyRecordDetails(s.toRecord(unitName(units, s.unitId())), r == null ? -1 : r.getVersion(),
                r == null ? null : r.summary(), r == null ? null : r.keyPoints(),
                r == null ? "" : renderer.toSafeHtml(r.summary()), r == null ? "" : renderer.toSafeHtml(r.keyPoints()),
                requested, attachments.findBySessionIdOrderByIdAsc(sessionId).stream().map(RecordAttachment::toInfo)
                        .toList(),
                access.organizer() && s.status() != SessionStatus.CANCELLED, access.reader(), access.invited(), mine,
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
        XuefaUser user = currentUser.require();
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        Instant now = clock.instant();
        List<StudySession> begun = sessionsBetween.between(now.minus(MY_RECORDS_BACK), now).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && !s.startsAt().isAfter(now))
                .filter(s -> invitations.invites(s, me.get(), user, units)).toList();
        List<MyStudyRecord> out = new java.util.ArrayList<>();
        for (StudySession s : begun) {
            StudyRecord r = records.findBySessionId(s.getId()).orElse(null);
            AttendanceStatus status = attendance.findBySessionIdAndOfficialId(s.getId(), me.get().id())
                    .map(Attendance::status).orElse(null);
            boolean reflected = reflections.findBySessionIdAndOfficialId(s.getId(), me.get().id()).isPresent();
            out.add(new MyStudyRecord(s.toRecord(unitName(units, s.unitId())), status,
                    r != null && (r.summary() != null || r.keyPoints() != null), r != null && r.reflectionsRequested(),
                    reflected));
        }
        out.sort(java.util.Comparator.comparing((MyStudyRecord m) -> m.session().startsAt()).reversed());
        return out;
    }

    // ---- writing the record

    /**
     * Writes the summary and key points (Markdown). {@code version} is the record's version the organizer saw,
     * -1 when there was none yet; a stale one is refused.
     */
    @Allowed.Organizers
    public StudyRecordDetails save(Long sessionId, String summary, String keyPoints, long version) {
        StudySession s = editable(sessionId);
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
        StudySession s = editable(sessionId);
        StudyRecord r = current(s, version);
        if (r.reflectionsRequested() != requested || version < 0) {
            r.requestReflections(requested, clock.instant(), username());
            flush(r);
            audit.record(requested ? "REQUEST_REFLECTIONS" : "STOP_REFLECTIONS", ENTITY, sessionId,
                    "session " + s.title(), null);
        }
        return view(sessionId);
    }

    /**
     * Attaches a file: JPEG, PNG, PDF, PPTX or DOCX judged by its content, at most the configured size. The
     * given name is only shown; the file is stored under a random one.
     */
    @Allowed.Organizers
    public AttachmentInfo attach(Long sessionId, String fileName, byte[] content) {
        StudySession s = editable(sessionId);
        if (content == null || content.length == 0) {
            throw new BusinessException("studyRecord.attachment.error.empty");
        }
        if (content.length > maxMegabytes * 1024L * 1024L) {
            throw new BusinessException("studyRecord.attachment.error.too-large", maxMegabytes);
        }
        AttachmentKind kind = AttachmentKind.of(content)
                .orElseThrow(() -> new BusinessException("studyRecord.attachment.error.type"));
        if (attachments.countBySessionId(sessionId) >= MAX_ATTACHMENTS) {
            throw new BusinessException("studyRecord.attachment.error.too-many", MAX_ATTACHMENTS);
        }
        String name = displayName(fileName, kind);
        String path = store.write("sessions/" + sessionId, content, null);
        RecordAttachment a;
        try {
            store.replaceOnCompletion(path, null); // from here on, a rollback takes the new file away again
            a = attachments.saveAndFlush(new RecordAttachment(sessionId, name, kind, content.length, path,
                    clock.instant(), username()));
        } catch (RuntimeException e) {
            store.delete(path);
            throw e;
        }
        audit.record("ADD_ATTACHMENT", ENTITY, sessionId, "session " + s.title(),
                "attachment: " + name + " (" + kind.contentType() + ", " + content.length + " bytes)");
        return a.toInfo();
    }

    /** Removes an attachment; its file goes once the removal is committed. */
    @Allowed.Organizers
    public void removeAttachment(Long attachmentId) {
        RecordAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        StudySession s = editable(a.sessionId());
        attachments.delete(a);
        attachments.flush();
        store.replaceOnCompletion(null, a.storagePath());
        audit.record("REMOVE_ATTACHMENT", ENTITY, s.getId(), "session " + s.title(), "attachment: " + a.fileName());
    }

    /**
     * An attachment's content for whoever may see the session; empty when its file is gone from the disk.
     * Throws {@link AccessDeniedException} for anyone else.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> download(Long sessionId, Long attachmentId) {
        RecordAttachment a = attachments.findById(attachmentId)
                .filter(x -> x.sessionId().equals(sessionId))
                .orElseThrow(() -> new BusinessException("error.not-found"));
        access(find(a.sessionId()));
        try {
            return Optional.of(new AttachmentFile(store.read(a.storagePath()), a.contentType(), a.fileName()));
        } catch (IOException e) {
            log.warn("Attachment {} of session {} is missing on disk: {}", attachmentId, sessionId, e.toString());
            return Optional.empty();
        }
    }

    // ---- reflections

    /**
     * Writes or edits the signed-in official's own reflection (at most 1000 characters), when the organizer asks
     * for reflections and they attended (present or late).
     */
    @Allowed.SignedIn
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReflectionRecord reflect(Long sessionId, String text) {
        Reflection.checked(text);
        return retryOnDuplicate(() -> {
            StudySession s = find(sessionId);
            OfficialRecord me = officials.me()
                    .orElseThrow(() -> new BusinessException("study.checkin.error.no-official"));
            if (s.status() == SessionStatus.CANCELLED) {
                throw new BusinessException("study.session.error.cancelled");
            }
            AttendanceStatus status = attendance.findBySessionIdAndOfficialId(sessionId, me.id())
                    .map(Attendance::status).orElse(null);
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

    // ---- printing

    /** The printable record as PDF: session, summary, key points, attendance by status, reflections, attachments. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public byte[] recordPdf(Long sessionId, Locale locale) {
        StudyRecordDetails view = view(sessionId);
        if (!view.canSeeAll()) {
            throw new AccessDeniedException("session " + sessionId + " is outside your scope");
        }
        return pdfs.record(view, studySessions.roster(sessionId), studySessions.counts(sessionId), locale);
    }

    /** The sign-in sheet (签到表) as PDF: every invitee with unit and status, and a column to sign on paper. */
    @Allowed.Organizers
    @Transactional(readOnly = true)
    public byte[] signInSheetPdf(Long sessionId, Locale locale) {
        StudySession s = find(sessionId);
        List<RosterRow> roster = studySessions.roster(sessionId); // checks the organizer's scope
        return pdfs.signInSheet(s.toRecord(orgUnits.nameOf(s.unitId())), roster, locale);
    }

    // ---- helpers

    /** Who the reader is for this session; refuses anyone who is neither in scope nor invited. */
    private Access access(StudySession s) {
        XuefaUser user = currentUser.require();
        boolean organizer = orgUnits.inScope(s.unitId(), Role.ORGANIZER);
        boolean reader = organizer || orgUnits.inScope(s.unitId(), Role.LEADER)
                || orgUnits.inScope(s.unitId(), Role.HR);
        OfficialRecord me = officials.me().orElse(null);
        boolean invited = me != null && (invitations.invites(s, me, user, orgUnits.byId())
                || attendance.findBySessionIdAndOfficialId(s.getId(), me.id()).isPresent());
        if (!reader && !invited) {
            throw new AccessDeniedException("session " + s.getId() + " is neither in your scope nor yours");
        }
        return new Access(organizer, reader, invited, me);
    }

    private record Access(boolean organizer, boolean reader, boolean invited, OfficialRecord me) {
    }

    private StudySession editable(Long sessionId) {
        StudySession s = find(sessionId);
        if (!orgUnits.inScope(s.unitId(), Role.ORGANIZER)) {
            throw new AccessDeniedException("unit " + s.unitId() + " is outside your organizer scope");
        }
        if (s.status() == SessionStatus.CANCELLED) {
            throw new BusinessException("study.session.error.cancelled");
        }
        return s;
    }

    /** The record the organizer edits: a new one when they saw none, else theirs if nobody saved since. */
    private StudyRecord current(StudySession s, long version) {
        StudyRecord r = records.findBySessionId(s.getId()).orElse(null);
        if (r == null) {
            if (version >= 0) {
                throw new BusinessException("error.conflict");
            }
            return new StudyRecord(s.getId(), clock.instant(), username());
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

    private List<ReflectionRecord> reflectionsOf(Long sessionId, Map<Long, OrgUnitRecord> units) {
        List<Reflection> list = reflections.findBySessionIdOrderBySubmittedAtAsc(sessionId);
        Map<Long, OfficialRecord> people = officials.allInScope(Role.ORGANIZER, Role.LEADER, Role.HR).stream()
                .collect(Collectors.toMap(OfficialRecord::id, Function.identity()));
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

    static String displayName(String fileName, AttachmentKind kind) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "attachment." + kind.extension() : name;
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    private StudySession find(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("study.session.error.not-found"));
    }

    private static String unitName(Map<Long, OrgUnitRecord> units, Long id) {
        OrgUnitRecord u = units.get(id);
        return u == null ? "" : u.name();
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

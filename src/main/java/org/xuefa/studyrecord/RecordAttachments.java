package org.xuefa.studyrecord;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.base.FileStore;
import org.xuefa.security.CurrentUser;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;

/**
 * The files of a session's record: photos, slides and documents its organizers attach, which whoever may see the
 * session downloads. Files follow the transaction: a removed one is deleted after the commit, a new one after a
 * rollback.
 */
@Service
@Transactional
public class RecordAttachments {
    static final int MAX_ATTACHMENTS = 50;
    private static final Logger log = LoggerFactory.getLogger(RecordAttachments.class);

    private final SessionAccess access;
    private final RecordAttachmentRepository attachments;
    private final FileStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int maxMegabytes;

    RecordAttachments(SessionAccess access, RecordAttachmentRepository attachments, FileStore store, AuditLog audit,
            CurrentUser currentUser, Clock clock, @Value("${xuefa.session.attachment-max-mb:10}") int maxMegabytes) {
        this.access = access;
        this.attachments = attachments;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxMegabytes = maxMegabytes;
    }

    /** The largest attachment accepted, in megabytes. */
    @Allowed.SignedIn
    public int maxAttachmentMegabytes() {
        return maxMegabytes;
    }

    /**
     * Attaches a file: JPEG, PNG, PDF, PPTX or DOCX judged by its content, at most the configured size. The
     * given name is only shown; the file is stored under a random one.
     */
    @Allowed.Organizers
    public AttachmentInfo attach(Long sessionId, String fileName, byte[] content) {
        SessionRecord s = editable(sessionId);
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
        audit.record("ADD_ATTACHMENT", StudyRecords.ENTITY, sessionId, "session " + s.title(),
                "attachment: " + name + " (" + kind.contentType() + ", " + content.length + " bytes)");
        return a.toInfo();
    }

    /** Removes an attachment; its file goes once the removal is committed. */
    @Allowed.Organizers
    public void removeAttachment(Long attachmentId) {
        RecordAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        SessionRecord s = editable(a.sessionId());
        attachments.delete(a);
        attachments.flush();
        store.replaceOnCompletion(null, a.storagePath());
        audit.record("REMOVE_ATTACHMENT", StudyRecords.ENTITY, s.id(), "session " + s.title(), "attachment: " + a.fileName());
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
        access.viewer(a.sessionId());
        try {
            return Optional.of(new AttachmentFile(store.read(a.storagePath()), a.contentType(), a.fileName()));
        } catch (IOException e) {
            log.warn("Attachment {} of session {} is missing on disk: {}", attachmentId, sessionId, e.toString());
            return Optional.empty();
        }
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

    private SessionRecord editable(Long sessionId) {
        SessionRecord s = access.organized(sessionId);
        if (s.status() == SessionStatus.CANCELLED) {
            throw new BusinessException("study.session.error.cancelled");
        }
        return s;
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}

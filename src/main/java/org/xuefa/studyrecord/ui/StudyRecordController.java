package org.xuefa.studyrecord.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.studyrecord.AttachmentFile;
import org.xuefa.studyrecord.AttachmentKind;
import org.xuefa.studyrecord.RecordAttachments;
import org.xuefa.studyrecord.StudyRecords;

/** Downloads of a session's record, sign-in sheet and attachments; the service checks who may have them. */
@RestController
class StudyRecordController {
    private final StudyRecords records;
    private final RecordAttachments attachments;
    private final UserPreferences preferences;

    StudyRecordController(StudyRecords records, RecordAttachments attachments, UserPreferences preferences) {
        this.records = records;
        this.attachments = attachments;
        this.preferences = preferences;
    }

    @GetMapping("/export/sessions/{sessionId}/record.pdf")
    ResponseEntity<byte[]> record(@PathVariable Long sessionId, HttpServletRequest request) {
        return Downloads.attachment(records.recordPdf(sessionId, Downloads.locale(request, preferences)),
                "session-" + sessionId + "-record.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/export/sessions/{sessionId}/sign-in.pdf")
    ResponseEntity<byte[]> signIn(@PathVariable Long sessionId, HttpServletRequest request) {
        return Downloads.attachment(records.signInSheetPdf(sessionId, Downloads.locale(request, preferences)),
                "session-" + sessionId + "-sign-in.pdf", MediaType.APPLICATION_PDF);
    }

    /** An attachment as a download; a photo may be shown in the page instead ({@code inline=true}). */
    @GetMapping("/export/sessions/{sessionId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long sessionId, @PathVariable Long attachmentId,
            @RequestParam(defaultValue = "false") boolean inline) {
        AttachmentFile file = attachments.download(sessionId, attachmentId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        boolean showInPage = inline && AttachmentKind.ofContentType(file.contentType()).isImage();
        ContentDisposition disposition = (showInPage ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(file.content());
    }

    /** An unknown session or attachment is not found (a refused caller gets 403 from Spring Security). */
    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Void> unknown(BusinessException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}

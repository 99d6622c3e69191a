package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.studyrecord.AttachmentInfo;
import org.xuefa.studyrecord.RecordAttachments;
import org.xuefa.studyrecord.StudyRecordDetails;

/** A record's attachments: photos shown small, every file downloadable; organizers add and remove them. */
class AttachmentsPanel extends Composite<VerticalLayout> {
    private final RecordAttachments attachments;
    private final Long sessionId;
    private final Runnable onChange;
    Upload upload;

    AttachmentsPanel(RecordAttachments attachments, StudyRecordDetails d, Runnable onChange) {
        this.attachments = attachments;
        this.sessionId = d.session().id();
        this.onChange = onChange;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("record-attachments");
        if (d.attachments().isEmpty()) {
            layout.add(new Paragraph(getTranslation("studyRecord.attachments.none")));
        }
        Div photos = new Div();
        photos.addClassName("xf-record-photos");
        for (AttachmentInfo a : d.attachments()) {
            String href = "/export/sessions/" + sessionId + "/attachments/" + a.id();
            if (a.kind().isImage()) {
                Image img = new Image(href + "?inline=true", a.fileName());
                img.addClassName("xf-record-photo");
                photos.add(img);
            }
            Anchor link = new Anchor(href, a.fileName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            Span meta = new Span(getTranslation("studyRecord.attachments.meta",
                    getTranslation("studyRecord.kind." + a.kind().name()), Math.max(1, Math.round(a.sizeBytes() / 1024.0)),
                    Times.dateTime(a.uploadedAt())));
            meta.addClassName("xf-muted");
            Div row = new Div(VaadinIcon.PAPERCLIP.create(), link, meta);
            row.addClassName("xf-record-file");
            if (d.canEdit()) {
                Button remove = new Button(getTranslation("studyRecord.attachments.remove"));
                remove.setId("remove-attachment-" + a.id());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setDisableOnClick(true);
                remove.addClickListener(e -> {
                    if (Notify.attempt(() -> attachments.removeAttachment(a.id()))) {
                        Notify.success(getTranslation("studyRecord.attachments.removed", a.fileName()));
                        onChange.run();
                    } else {
                        remove.setEnabled(true);
                    }
                });
                row.add(remove);
            }
            layout.add(row);
        }
        if (photos.getComponentCount() > 0) {
            layout.addComponentAsFirst(photos);
        }
        if (d.canEdit()) {
            int max = attachments.maxAttachmentMegabytes();
            upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> attach(metadata.fileName(), bytes)));
            upload.setId("attachment-upload");
            upload.setMaxFiles(5);
            upload.setMaxFileSize(max * 1024 * 1024);
            upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", ".pdf", ".pptx", ".docx", "image/jpeg", "image/png",
                    "application/pdf",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            upload.setI18n(i18n(max));
            upload.addFileRejectedListener(e -> Notify.error(e.getErrorMessage()));
            Span hint = new Span(getTranslation("studyRecord.attachments.hint", max));
            hint.addClassName("xf-muted");
            layout.add(upload, hint);
        }
    }

    /** Stores an uploaded file (the upload handler calls this with the session locked). */
    void attach(String fileName, byte[] bytes) {
        if (Notify.attempt(() -> attachments.attach(sessionId, fileName, bytes))) {
            Notify.success(getTranslation("studyRecord.attachments.added", fileName));
            onChange.run();
        }
    }

    private UploadI18N i18n(int max) {
        UploadI18N i18n = Localized.uploadTexts(); // the screen's own texts over the full set
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("studyRecord.upload.button"))
                .setMany(getTranslation("studyRecord.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("studyRecord.upload.drop"))
                .setMany(getTranslation("studyRecord.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("studyRecord.attachment.error.too-large", max))
                .setIncorrectFileType(getTranslation("studyRecord.attachment.error.type"))
                .setTooManyFiles(getTranslation("studyRecord.upload.too-many")));
        return i18n;
    }
}

package org.xuefa.certification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.streams.UploadHandler;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialScanInfo;
import org.xuefa.certification.CredentialScans;

/**
 * HR attaches, replaces or removes the scanned copy of one credential (PDF, JPEG or PNG up to 5 MB) and can
 * download the current one. Runs {@code onChange} after each change, as the credential's version moves on.
 */
class ScanDialog extends Dialog {
    private final CredentialScans scans;
    private final Runnable onChange;
    private final Paragraph status = new Paragraph();
    private final Anchor download = new Anchor();
    private final Button remove = new Button();
    final Upload upload;
    private CredentialScanInfo info;

    ScanDialog(CredentialScans scans, CredentialRecord credential, Runnable onChange) {
        this.scans = scans;
        this.onChange = onChange;
        setId("scan-dialog");
        setHeaderTitle(getTranslation("credentialScan.title", credential.holderName(), credential.number()));
        status.setId("scan-status");
        download.setId("scan-download");
        download.setRouterIgnore(true);
        download.setText(getTranslation("credentialScan.download"));
        download.getElement().setAttribute("download", true);
        upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> attach(bytes)));
        upload.setId("scan-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CredentialScans.MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notify.error(e.getErrorMessage()));
        remove.setText(getTranslation("credentialScan.remove"));
        remove.setId("scan-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setDisableOnClick(true);
        remove.addClickListener(e -> {
            if (Notify.attempt(() -> changed(scans.remove(credential.id(), info.credentialVersion())))) {
                Notify.success(getTranslation("credentialScan.removed"));
            } else {
                remove.setEnabled(true);
            }
        });
        add(status, download, new Paragraph(getTranslation("credentialScan.hint")), upload);
        getFooter().add(remove, new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(96vw, 36rem)");
        show(scans.info(credential.id()));
    }

    /** Opens the dialog with the service from Spring, so the register's constructor stays as it is. */
    static void open(CredentialRecord credential, Runnable onChange) {
        CredentialScans scans = Instantiator.get(UI.getCurrent()).getOrCreate(CredentialScans.class);
        new ScanDialog(scans, credential, onChange).open();
    }

    /** Stores an uploaded file (the upload handler calls this with the session locked). */
    void attach(byte[] bytes) {
        upload.clearFileList();
        if (Notify.attempt(() -> changed(scans.attach(info.credentialId(), bytes, info.credentialVersion())))) {
            Notify.success(getTranslation("credentialScan.saved"));
        }
    }

    private void changed(CredentialScanInfo next) {
        show(next);
        onChange.run();
    }

    private void show(CredentialScanInfo next) {
        this.info = next;
        if (next.present()) {
            status.setText(getTranslation("credentialScan.present", getTranslation("credentialScan.kind." + kind(next)),
                    Math.max(1, Math.round(next.size() / 1024.0)),
                    Times.dateTime(next.uploadedAt())));
            download.setHref("/files/credentials/" + next.credentialId());
        } else {
            status.setText(getTranslation("credentialScan.none"));
        }
        download.setVisible(next.present());
        remove.setVisible(next.present());
        remove.setEnabled(true);
    }

    private static String kind(CredentialScanInfo info) {
        return switch (info.contentType()) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpeg";
            default -> "pdf";
        };
    }

    private UploadI18N i18n() {
        UploadI18N i18n = Localized.uploadTexts(); // the screen's own texts over the full set
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("credentialScan.upload.button"))
                .setMany(getTranslation("credentialScan.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("credentialScan.upload.drop"))
                .setMany(getTranslation("credentialScan.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("credentialScan.upload.too-big"))
                .setIncorrectFileType(getTranslation("credentialScan.upload.wrong-type"))
                .setTooManyFiles(getTranslation("credentialScan.upload.too-many")));
        return i18n;
    }
}

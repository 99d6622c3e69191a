package org.xuefa.certification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.SpreadsheetUploads;
import org.xuefa.certification.CredentialImport;
import org.xuefa.certification.CredentialImportResult;
import org.xuefa.security.Roles;

/** HR uploads credentials kept in Excel or CSV; the result is either a summary or every problem, nothing imported. */
@Route("credentials/import")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class CredentialImportView extends VerticalLayout implements HasDynamicTitle {

    private final CredentialImport credentialImport;
    private final Div result;

    public CredentialImportView(CredentialImport credentialImport) {
        this.credentialImport = credentialImport;
        addClassName("xf-page");
        Locale locale = getLocale();
        RouterLink back = new RouterLink(getTranslation("credentialImport.back"), CredentialRegisterView.class);
        back.setId("credential-import-back");
        add(back, new H1(getTranslation("credentialImport.title")), new Paragraph(getTranslation("credentialImport.intro")));

        add(new H3(getTranslation("credentialImport.templates")));
        add(SpreadsheetUploads.templates(
                SpreadsheetUploads.download("credential-template-xlsx", getTranslation("credentialImport.template.xlsx"),
                        "credentials-template.xlsx", SpreadsheetUploads.XLSX, () -> credentialImport.templateXlsx(locale)),
                SpreadsheetUploads.download("credential-template-csv", getTranslation("credentialImport.template.csv"),
                        "credentials-template.csv", "text/csv", () -> credentialImport.templateCsv(locale))));

        add(new H3(getTranslation("credentialImport.upload")), new Paragraph(getTranslation("credentialImport.upload.hint")));
        Upload upload = SpreadsheetUploads.create("credential-import-upload", "credentialImport.upload", true,
                this::run);
        result = SpreadsheetUploads.outcome("credential-import-result", upload);
        add(upload, result);
    }

    /** Runs the import (the upload handler calls this with the session locked) and shows what came of it. */
    void run(String fileName, byte[] content) {
        result.removeAll();
        try {
            show(credentialImport.importFile(fileName, content));
        } catch (RuntimeException e) {
            Notify.failure(e);
        }
    }

    private void show(CredentialImportResult outcome) {
        if (outcome.ok()) {
            Paragraph counts = new Paragraph(getTranslation("credentialImport.result.counts", outcome.created(),
                    outcome.updated(), outcome.unchanged()));
            counts.setId("credential-import-counts");
            result.add(SpreadsheetUploads.imported("credential-import", "credentialImport", counts));
            return;
        }
        result.add(SpreadsheetUploads.refused("credential-import", "credentialImport", outcome.problems(), this::message));
    }

    /** The problem in the reader's language; arguments that are keys themselves (column names) are translated. */
    String message(ImportProblem problem) {
        return SpreadsheetUploads.message(problem, "credentialImport.column.", this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentialImport.title") + " · 学法";
    }
}

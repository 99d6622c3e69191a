package org.xuefa.hours.ui;

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
import org.xuefa.hours.ExternalImport;
import org.xuefa.hours.ExternalImportResult;
import org.xuefa.security.Roles;

/**
 * HR uploads a list of external training (a provincial course's participants) in Excel or CSV; the result is either
 * a summary or every problem with its row, nothing imported.
 */
@Route("hours/external/import")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class ExternalImportView extends VerticalLayout implements HasDynamicTitle {
    private final ExternalImport externalImport;
    private final Div result;

    public ExternalImportView(ExternalImport externalImport) {
        this.externalImport = externalImport;
        addClassName("xf-page");
        Locale locale = getLocale();
        RouterLink back = new RouterLink(getTranslation("externalImport.back"), ExternalTrainingView.class);
        back.setId("external-import-back");
        add(back, new H1(getTranslation("externalImport.title")), new Paragraph(getTranslation("externalImport.intro")));
        add(new H3(getTranslation("externalImport.templates")));
        add(SpreadsheetUploads.templates(
                SpreadsheetUploads.download("external-template-xlsx", getTranslation("externalImport.template.xlsx"),
                        "external-training-template.xlsx", SpreadsheetUploads.XLSX,
                        () -> externalImport.templateXlsx(locale)),
                SpreadsheetUploads.download("external-template-csv", getTranslation("externalImport.template.csv"),
                        "external-training-template.csv", "text/csv", () -> externalImport.templateCsv(locale))));
        add(new H3(getTranslation("externalImport.upload")), new Paragraph(getTranslation("externalImport.upload.hint")));
        Upload upload = SpreadsheetUploads.create("external-import-upload", "externalImport.upload", true, this::run);
        result = SpreadsheetUploads.outcome("external-import-result", upload);
        add(upload, result);
    }

    /** Runs the import (the upload handler calls this with the session locked) and shows what came of it. */
    void run(String fileName, byte[] content) {
        result.removeAll();
        try {
            show(externalImport.importFile(fileName, content));
        } catch (RuntimeException e) {
            Notify.failure(e);
        }
    }

    private void show(ExternalImportResult outcome) {
        if (outcome.ok()) {
            Paragraph counts = new Paragraph(getTranslation("externalImport.result.counts", outcome.created(),
                    outcome.alreadyRecorded()));
            counts.setId("external-import-counts");
            result.add(SpreadsheetUploads.imported("external-import", "externalImport", counts));
            return;
        }
        result.add(SpreadsheetUploads.refused("external-import", "externalImport", outcome.problems(), this::message));
    }

    /** The problem in the reader's language; arguments that are keys themselves (column names) are translated. */
    String message(ImportProblem problem) {
        return SpreadsheetUploads.message(problem, "externalImport.column.", this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("externalImport.title") + " · 学法";
    }
}

package org.xuefa.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToIntFunction;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportProgress;
import org.xuefa.base.ui.Background;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.SpreadsheetUploads;
import org.xuefa.people.ImportKind;
import org.xuefa.people.ImportResult;
import org.xuefa.people.RosterImport;
import org.xuefa.security.Roles;

/** HR uploads rosters kept in Excel or CSV; the result is either a summary or every problem, nothing imported. */
@Route("import")
@Menu(title = "menu.import", order = 40, icon = "vaadin:upload")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final RosterImport rosterImport;
    private final Background background;
    private final Div result;
    private final Upload upload;
    final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progressBox = new Div(progressText, progress);

    public ImportView(RosterImport rosterImport, Background background) {
        this.rosterImport = rosterImport;
        this.background = background;
        addClassName("xf-page");
        Locale locale = getLocale();

        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));

        add(new H3(getTranslation("import.templates")));
        List<Anchor> links = new ArrayList<>();
        links.add(SpreadsheetUploads.download("import-template-xlsx", getTranslation("import.template.xlsx"),
                "roster-template.xlsx", SpreadsheetUploads.XLSX, () -> rosterImport.templateXlsx(locale)));
        for (ImportKind kind : ImportKind.values()) {
            String name = "roster-" + kind.name().toLowerCase() + ".csv";
            links.add(SpreadsheetUploads.download("import-template-" + kind.name().toLowerCase(),
                    getTranslation("import.template.csv", getTranslation("import.kind." + kind.name())), name,
                    "text/csv", () -> rosterImport.templateCsv(kind, locale)));
        }
        add(SpreadsheetUploads.templates(links.toArray(Anchor[]::new)));

        add(new H3(getTranslation("import.upload")), new Paragraph(getTranslation("import.upload.hint")));
        upload = SpreadsheetUploads.create("import-upload", "import.upload", false, this::run);
        result = SpreadsheetUploads.outcome("import-result", upload);
        progressBox.setId("import-progress");
        progressBox.setWidthFull();
        progressBox.setVisible(false);
        progress.setId("import-progress-bar");
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress.label"));
        progressText.setId("import-progress-text");
        add(upload, progressBox, result);
    }

    /**
     * Starts the import in the background (the upload handler calls this with the session locked), so the page
     * stays responsive; a progress bar follows reading and then writing, pushed to the browser, and the outcome
     * replaces it. The future completes once the outcome is handed to the UI (tests wait for it).
     */
    CompletableFuture<Void> run(String fileName, byte[] content) {
        result.removeAll();
        UI ui = UI.getCurrent();
        upload.setEnabled(false); // one import at a time
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("import.progress.started"));
        progressBox.setVisible(true);
        ImportProgress tracker = new ImportProgress() {
            @Override
            public void rows(int processed, int total) {
                ui.access(() -> step("import.progress.reading", processed, total));
            }

            @Override
            public void written(int written, int total) {
                ui.access(() -> step("import.progress.writing", written, total));
            }
        };
        return background.run(ui, () -> rosterImport.importFile(fileName, content, tracker), outcome -> {
            done();
            show(outcome);
        }, e -> {
            done();
            Notify.failure(e);
        });
    }

    private void step(String key, int done, int total) {
        progress.setIndeterminate(total <= 0);
        progress.setValue(total <= 0 ? 0 : Math.min(1.0, done / (double) total));
        progressText.setText(getTranslation(key, done, total));
    }

    private void done() {
        progressBox.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
    }

    private void show(ImportResult outcome) {
        if (outcome.ok()) {
            Grid<Map.Entry<ImportKind, ImportResult.Counts>> counts = new Grid<>();
            counts.setId("import-counts");
            counts.addThemeVariants(GridVariant.LUMO_COMPACT);
            counts.addColumn(e -> getTranslation("import.kind." + e.getKey().name()))
                    .setHeader(getTranslation("import.result.kind")).setAutoWidth(true);
            count(counts, "created", c -> c.created());
            count(counts, "updated", c -> c.updated());
            count(counts, "unchanged", c -> c.unchanged());
            counts.setItems(List.copyOf(outcome.counts().entrySet()));
            counts.setAllRowsVisible(true);
            result.add(SpreadsheetUploads.imported("import", "import", counts));
            return;
        }
        result.add(SpreadsheetUploads.refused("import", "import", outcome.problems(), this::message));
    }

    private void count(Grid<Map.Entry<ImportKind, ImportResult.Counts>> grid, String key,
            ToIntFunction<ImportResult.Counts> value) {
        grid.addColumn(e -> value.applyAsInt(e.getValue())).setHeader(getTranslation("import.result." + key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    /** The problem in the reader's language; arguments that are keys themselves (column names) are translated. */
    String message(ImportProblem problem) {
        return SpreadsheetUploads.message(problem, "import.", this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · 学法";
    }
}

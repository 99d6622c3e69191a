package org.xuefa.people.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.xuefa.base.imports.ImportProblem;
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
    private final Div result;

    public ImportView(RosterImport rosterImport) {
        this.rosterImport = rosterImport;
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
        Upload upload = SpreadsheetUploads.create("import-upload", "import.upload", false, this::run);
        result = SpreadsheetUploads.outcome("import-result", upload);
        add(upload, result);
    }

    /** Runs the import (the upload handler calls this with the session locked) and shows what came of it. */
    void run(String fileName, byte[] content) {
        result.removeAll();
        try {
            show(rosterImport.importFile(fileName, content));
        } catch (RuntimeException e) {
            Notify.failure(e);
        }
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

package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.xuefa.base.imports.ImportProblem;

/**
 * The pieces every import screen shares: an upload box for one XLSX or CSV file, template download links, and the
 * grid of a refused file's problems.
 */
public final class SpreadsheetUploads {
    /** The largest file an import screen accepts. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetUploads() {
    }

    /**
     * An upload box for one XLSX or CSV file of at most {@link #MAX_BYTES}, its texts under
     * {@code <keyPrefix>.button|drop|too-big|wrong-type|too-many}; {@code onFile} gets the name and the bytes with
     * the session locked. With {@code clearAfterEach} the file list empties after each file, so a corrected file can
     * follow straight away.
     */
    public static Upload create(String id, String keyPrefix, boolean clearAfterEach,
            BiConsumer<String, byte[]> onFile) {
        Upload upload = Localized.upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            if (clearAfterEach) {
                upload.clearFileList();
            }
            onFile.accept(metadata.fileName(), bytes);
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setI18n(i18n(keyPrefix));
        upload.addFileRejectedListener(e -> Notify.error(e.getErrorMessage()));
        return upload;
    }

    /** A link that downloads generated content (a template) under the given name. */
    public static Anchor download(String id, String label, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + label);
        return anchor;
    }

    /** The template links of an import screen, side by side. */
    public static FlexLayout templates(Anchor... links) {
        FlexLayout templates = new FlexLayout(links);
        templates.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        templates.getStyle().set("gap", "var(--lumo-space-m)");
        return templates;
    }

    /** Where an import's outcome shows, under its upload box; emptied as the next file starts. */
    public static Div outcome(String id, Upload upload) {
        Div area = new Div();
        area.setId(id);
        area.setWidthFull();
        upload.addStartedListener(e -> area.removeAll());
        return area;
    }

    /**
     * What a screen shows for an imported file, with a notification: a heading ({@code <keyPrefix>.result.ok}, id
     * {@code <idPrefix>-ok}) over the summary of what changed.
     */
    public static Component[] imported(String idPrefix, String keyPrefix, Component summary) {
        UI ui = UI.getCurrent();
        H3 heading = new H3(ui.getTranslation(keyPrefix + ".result.ok"));
        heading.setId(idPrefix + "-ok");
        Notify.success(ui.getTranslation(keyPrefix + ".result.ok"));
        return new Component[] {heading, summary};
    }

    /**
     * What a screen shows for a refused file: a heading that counts the problems ({@code <keyPrefix>.result.failed},
     * id {@code <idPrefix>-failed}) over a grid of them (id {@code <idPrefix>-problems}) with sheet, row and
     * message, headed by {@code <keyPrefix>.problem.sheet|row|message}; all rows show when there are at most 20.
     */
    public static Component[] refused(String idPrefix, String keyPrefix, List<ImportProblem> problems,
            ValueProvider<ImportProblem, String> message) {
        UI ui = UI.getCurrent();
        H3 heading = new H3(ui.getTranslation(keyPrefix + ".result.failed", problems.size()));
        heading.setId(idPrefix + "-failed");
        heading.addClassName("xf-gap");
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId(idPrefix + "-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportProblem::sheet).setHeader(ui.getTranslation(keyPrefix + ".problem.sheet"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.row() > 0 ? String.valueOf(p.row()) : "")
                .setHeader(ui.getTranslation(keyPrefix + ".problem.row")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message).setHeader(ui.getTranslation(keyPrefix + ".problem.message")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 20);
        return new Component[] {heading, grid};
    }

    /**
     * A problem in the reader's language; arguments that are translation keys themselves (column names, which start
     * with {@code argumentKeyPrefix}) are translated too.
     */
    public static String message(ImportProblem problem, String argumentKeyPrefix,
            BiFunction<String, Object[], String> translate) {
        Object[] args = problem.args().stream()
                .map(a -> a instanceof String s && s.startsWith(argumentKeyPrefix) ? translate.apply(s, new Object[0])
                        : a)
                .toArray();
        return translate.apply(problem.messageKey(), args);
    }

    private static UploadI18N i18n(String prefix) {
        UI ui = UI.getCurrent();
        UploadI18N i18n = Localized.uploadTexts(); // the screen's own texts over the full set
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation(prefix + ".button"))
                .setMany(ui.getTranslation(prefix + ".button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation(prefix + ".drop"))
                .setMany(ui.getTranslation(prefix + ".drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation(prefix + ".too-big"))
                .setIncorrectFileType(ui.getTranslation(prefix + ".wrong-type"))
                .setTooManyFiles(ui.getTranslation(prefix + ".too-many")));
        return i18n;
    }
}

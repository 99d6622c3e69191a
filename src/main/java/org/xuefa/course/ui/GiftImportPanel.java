package org.xuefa.course.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.xuefa.base.ui.Localized;
import org.xuefa.course.GiftFormat;
import org.xuefa.course.GiftFormat.GiftImport;
import org.xuefa.course.GiftFormat.GiftProblem;

/**
 * Turns a GIFT file from Moodle into a questions.yaml for the courses folder (course content lives in files, so an
 * imported bank is reviewed and committed like any other), listing what GIFT could not carry.
 */
class GiftImportPanel extends VerticalLayout {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private final Div result = new Div();

    GiftImportPanel() {
        setPadding(false);
        add(new H3(getTranslation("gift.import.title")), new Paragraph(getTranslation("gift.import.intro")));
        Upload upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> convert(new String(bytes,
                StandardCharsets.UTF_8))));
        upload.setId("gift-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".gift", "text/plain");
        result.setId("gift-result");
        add(upload, result);
    }

    /** The problem in the reader's language; an unsupported type's code is shown by its translated name. */
    String message(GiftProblem p) {
        Object[] args = p.args().toArray();
        if (GiftFormat.UNSUPPORTED_TYPE.equals(p.messageKey()) && args.length > 1) {
            args[1] = getTranslation("gift.type." + args[1]);
        }
        return getTranslation(p.messageKey(), args);
    }

    void convert(String text) {
        result.removeAll();
        GiftImport imported = GiftFormat.read(text);
        Paragraph summary = new Paragraph(getTranslation("gift.import.summary", imported.questions().size(),
                imported.problems().size()));
        summary.setId("gift-summary");
        result.add(summary);
        if (!imported.problems().isEmpty()) {
            Grid<GiftProblem> grid = new Grid<>();
            grid.setId("gift-problems");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(GiftProblem::line).setHeader(getTranslation("import.problem.row")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(this::message)
                    .setHeader(getTranslation("import.problem.message"));
            grid.setItems(imported.problems());
            grid.setAllRowsVisible(true);
            result.add(grid);
        }
        if (!imported.questions().isEmpty()) {
            byte[] yaml = GiftFormat.toYaml(imported.questions()).getBytes(StandardCharsets.UTF_8);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(yaml), "questions.yaml", "text/yaml;charset=UTF-8", yaml.length)),
                    AttachmentType.DOWNLOAD, getTranslation("gift.import.download"));
            download.setId("gift-yaml");
            result.add(download);
        }
    }
}

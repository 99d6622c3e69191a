package org.xuefa.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.CourseLibrary.FlaggedQuestion;
import org.xuefa.course.CourseProblem;
import org.xuefa.course.CourseStatus;
import org.xuefa.course.GiftFormat;
import org.xuefa.security.Roles;

/**
 * Administrators see how each course folder reads: served, broken (with every error by file and line), or served
 * in its last good version; they see the questions on outdated law, reload the folder and move question banks to
 * and from Moodle (GIFT: the practice bank by default, the exam-only reserve only on its own link).
 */
@Route("admin/courses")
@Menu(title = "menu.courseAdmin", order = 92, icon = "vaadin:book-dollar")
@RolesAllowed(Roles.ADMIN)
public class CourseAdminView extends VerticalLayout implements HasDynamicTitle {
    private final CourseCatalog catalog;
    final Grid<CourseStatus> courses = new Grid<>();
    final Grid<CourseProblem> problems = new Grid<>();
    final Grid<FlaggedQuestion> flagged = new Grid<>();
    private final Span loaded = new Span();

    public CourseAdminView(CourseCatalog catalog) {
        this.catalog = catalog;
        addClassName("xf-page");
        Button reload = new Button(getTranslation("courseAdmin.reload"), VaadinIcon.REFRESH.create(), e -> {
            if (Notify.attempt(() -> show(catalog.reload()))) {
                Notify.success(getTranslation("courseAdmin.reloaded"));
            }
        });
        reload.setId("courses-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        loaded.addClassName("xf-muted");
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("courseAdmin.title")), reload, loaded);
        toolbar.addClassName("xf-toolbar");
        add(toolbar, new Paragraph(getTranslation("courseAdmin.folder", catalog.folder().toString())));

        courses.setId("course-status-grid");
        courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        courses.addColumn(CourseStatus::id).setHeader(getTranslation("courseAdmin.col.id")).setAutoWidth(true);
        courses.addColumn(CourseStatus::title).setHeader(getTranslation("courseAdmin.col.title")).setAutoWidth(true);
        courses.addComponentColumn(this::state).setHeader(getTranslation("courseAdmin.col.state")).setAutoWidth(true);
        courses.addColumn(CourseStatus::lessons).setHeader(getTranslation("courseAdmin.col.lessons")).setAutoWidth(true)
                .setFlexGrow(0);
        courses.addColumn(CourseStatus::practiceQuestions).setHeader(getTranslation("courseAdmin.col.questions"))
                .setAutoWidth(true).setFlexGrow(0);
        courses.addColumn(CourseStatus::reserveQuestions).setHeader(getTranslation("courseAdmin.col.reserve"))
                .setAutoWidth(true).setFlexGrow(0);
        courses.addColumn(CourseStatus::flaggedQuestions).setHeader(getTranslation("courseAdmin.col.flagged"))
                .setAutoWidth(true).setFlexGrow(0);
        courses.addColumn(CourseStatus::errors).setHeader(getTranslation("courseAdmin.col.errors")).setAutoWidth(true)
                .setFlexGrow(0);
        courses.addColumn(CourseStatus::warnings).setHeader(getTranslation("courseAdmin.col.warnings"))
                .setAutoWidth(true).setFlexGrow(0);
        courses.addComponentColumn(this::giftLinks).setHeader("GIFT").setAutoWidth(true);
        courses.setAllRowsVisible(true);
        add(courses);

        add(new H3(getTranslation("courseAdmin.flagged")), new Paragraph(getTranslation("courseAdmin.flagged.help")));
        flagged.setId("flagged-questions-grid");
        flagged.addThemeVariants(GridVariant.LUMO_COMPACT);
        flagged.addColumn(FlaggedQuestion::courseId).setHeader(getTranslation("courseAdmin.col.id")).setAutoWidth(true);
        flagged.addColumn(q -> q.questionId() + (q.examOnly() ? " · " + getTranslation("courseAdmin.reserveMark") : ""))
                .setHeader(getTranslation("courseAdmin.col.question")).setAutoWidth(true);
        flagged.addColumn(q -> q.courseId() + "/questions.yaml:" + q.line())
                .setHeader(getTranslation("courseAdmin.col.where")).setAutoWidth(true);
        flagged.addColumn(q -> q.lawId() == null ? "-" : q.lawId()).setHeader(getTranslation("courseAdmin.col.law"))
                .setAutoWidth(true);
        flagged.addColumn(q -> q.status() == null ? getTranslation("courseAdmin.law.unknown")
                : getTranslation("courseAdmin.law." + q.status().name()))
                .setHeader(getTranslation("courseAdmin.col.lawStatus")).setAutoWidth(true);
        flagged.addColumn(q -> q.replacedBy() == null ? "-" : q.replacedBy())
                .setHeader(getTranslation("courseAdmin.col.replacedBy")).setAutoWidth(true);
        add(flagged);

        add(new H3(getTranslation("courseAdmin.problems")));
        problems.setId("course-problems-grid");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> getTranslation("courseAdmin.severity." + p.severity().name()))
                .setHeader(getTranslation("courseAdmin.col.severity")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.file() + ":" + p.line()).setHeader(getTranslation("courseAdmin.col.where"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("courseAdmin.col.message")).setFlexGrow(1);
        add(problems);
        add(new GiftImportPanel());
        show(catalog.library());
    }

    String message(CourseProblem p) {
        return getTranslation(p.messageKey(), p.args().toArray());
    }

    private void show(CourseLibrary library) {
        loaded.setText(getTranslation("courseAdmin.loadedAt", Times.dateTimeSeconds(library.loadedAt())));
        courses.setItems(library.statuses());
        List<FlaggedQuestion> outdated = library.flaggedQuestions();
        flagged.setItems(outdated);
        flagged.setAllRowsVisible(outdated.size() <= 30);
        List<CourseProblem> all = new ArrayList<>(library.lawProblems());
        library.statuses().forEach(s -> all.addAll(s.problems()));
        all.sort(Comparator.comparing((CourseProblem p) -> !p.isError()).thenComparing(CourseProblem::file)
                .thenComparingInt(CourseProblem::line));
        problems.setItems(all);
        problems.setAllRowsVisible(all.size() <= 30);
    }

    private Span state(CourseStatus s) {
        String key = !s.served() ? "broken" : s.stale() ? "stale" : s.errors() > 0 ? "broken" : "ok";
        Span span = new Span(getTranslation("courseAdmin.state." + key));
        span.addClassName("ok".equals(key) ? "xf-ok" : "xf-gap");
        span.setId("course-state-" + s.id());
        return span;
    }

    /** The practice bank as GIFT, and separately the whole bank with its exam-only reserve. */
    private HorizontalLayout giftLinks(CourseStatus s) {
        HorizontalLayout links = new HorizontalLayout(giftLink(s, false), giftLink(s, true));
        links.setVisible(s.served());
        return links;
    }

    private Anchor giftLink(CourseStatus s, boolean withReserve) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = GiftFormat.write(s.id(), catalog.course(s.id()).orElseThrow().questions(), withReserve)
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    s.id() + (withReserve ? "-with-reserve" : "") + ".gift.txt", "text/plain;charset=UTF-8",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(withReserve ? "courseAdmin.giftExportReserve"
                : "courseAdmin.giftExport"));
        a.setId((withReserve ? "gift-export-reserve-" : "gift-export-") + s.id());
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courseAdmin.title") + " · 学法";
    }
}

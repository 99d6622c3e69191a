package org.xuefa.course.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CompletionRow;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseCompletions;
import org.xuefa.security.Roles;

/** Organizers, HR and leaders see who in their scope has completed which course, and export it. */
@Route("course-completions")
@Menu(title = "menu.completions", order = 35, icon = "vaadin:diploma")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class CompletionsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<CompletionRow> grid = new Grid<>();
    private final ComboBox<Course> course = new ComboBox<>();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    public CompletionsView(CourseCompletions completions, CourseCatalog catalog) {
        addClassName("xf-page");
        setSizeFull();
        course.setPlaceholder(getTranslation("completions.allCourses"));
        course.setItems(catalog.courses());
        course.setItemLabelGenerator(c -> c.title(getLocale()));
        course.setClearButtonVisible(true);
        course.setId("completions-course");
        csv.setText(getTranslation("staffing.export.csv"));
        csv.setId("completions-csv");
        csv.setRouterIgnore(true);
        xlsx.setText(getTranslation("staffing.export.xlsx"));
        xlsx.setId("completions-xlsx");
        xlsx.setRouterIgnore(true);
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("completions.title")), course, csv, xlsx);
        toolbar.addClassName("xf-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar);

        grid.setId("completions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CompletionRow::officialName).setHeader(getTranslation("completions.col.name")).setAutoWidth(true);
        grid.addColumn(CompletionRow::staffNumber).setHeader(getTranslation("completions.col.staffNumber"));
        grid.addColumn(CompletionRow::unitName).setHeader(getTranslation("completions.col.unit")).setAutoWidth(true);
        grid.addColumn(r -> catalog.course(r.courseId()).map(c -> c.title(getLocale())).orElse(r.courseTitle()))
                .setHeader(getTranslation("completions.col.course")).setAutoWidth(true);
        grid.addColumn(r -> r.finishedLessons() + "/" + r.lessonCount()).setHeader(getTranslation("completions.col.lessons"));
        grid.addColumn(r -> Times.date(r.completedAt()))
                .setHeader(getTranslation("completions.col.completed"));
        grid.addColumn(r -> r.hours() == null ? "" : r.hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("completions.col.hours"));
        add(grid);
        setFlexGrow(1, grid);
        course.addValueChangeListener(e -> refresh(completions));
        refresh(completions);
    }

    private void refresh(CourseCompletions completions) {
        String id = course.getValue() == null ? null : course.getValue().id();
        grid.setItems(completions.rows(id));
        String query = id == null ? "" : "?course=" + id;
        csv.setHref("/export/course-completions.csv" + query);
        xlsx.setHref("/export/course-completions.xlsx" + query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completions.title") + " · 学法";
    }
}

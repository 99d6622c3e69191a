package org.xuefa.course.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CompletionOrder;
import org.xuefa.course.CompletionRow;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseCompletions;
import org.xuefa.security.Roles;

/**
 * Organizers, HR and leaders see who in their scope has completed which course (for one course, also who has not
 * started), a lazy grid paged and sorted by the database, and export it.
 */
@Route("course-completions")
@Menu(title = "menu.completions", order = 35, icon = "vaadin:diploma")
@RolesAllowed({Roles.ORGANIZER, Roles.HR, Roles.LEADER, Roles.ADMIN})
public class CompletionsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<CompletionRow> grid = new Grid<>();
    private final ComboBox<Course> course = new ComboBox<>();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    private final Paragraph hint = new Paragraph();

    public CompletionsView(CourseCompletions completions, CourseCatalog catalog) {
        addClassName("xf-page");
        setSizeFull();
        course.setLabel(getTranslation("completions.course"));
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

        hint.addClassName("xf-muted");
        hint.setId("completions-hint");
        add(hint);

        grid.setId("completions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CompletionRow::officialName).setHeader(getTranslation("completions.col.name")).setAutoWidth(true)
                .setSortProperty(CompletionOrder.NAME.name()).setTooltipGenerator(CompletionRow::officialName);
        grid.addColumn(CompletionRow::staffNumber).setHeader(getTranslation("completions.col.staffNumber"));
        grid.addColumn(CompletionRow::unitName).setHeader(getTranslation("completions.col.unit")).setAutoWidth(true)
                .setSortProperty(CompletionOrder.UNIT.name()).setTooltipGenerator(CompletionRow::unitName);
        grid.addColumn(r -> catalog.course(r.courseId()).map(c -> c.title(getLocale())).orElse(r.courseTitle()))
                .setHeader(getTranslation("completions.col.course")).setAutoWidth(true)
                .setTooltipGenerator(r -> catalog.course(r.courseId()).map(c -> c.title(getLocale()))
                        .orElse(r.courseTitle()));
        grid.addColumn(r -> r.startedAt() == null ? getTranslation("completions.notStarted")
                : r.finishedLessons() + "/" + r.lessonCount()).setHeader(getTranslation("completions.col.lessons"));
        grid.addColumn(r -> Times.date(r.startedAt())).setHeader(getTranslation("completions.col.started"))
                .setSortProperty(CompletionOrder.STARTED.name());
        grid.addColumn(r -> Times.date(r.completedAt())).setHeader(getTranslation("completions.col.completed"))
                .setSortProperty(CompletionOrder.COMPLETED.name());
        grid.addColumn(r -> r.hours() == null ? "" : r.hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("completions.col.hours"));
        add(grid);
        setFlexGrow(1, grid);
        course.addValueChangeListener(e -> refresh(completions));
        refresh(completions);
    }

    /** The grid pages through the database; a sorted column picks the SQL order, else completed first. */
    private void refresh(CourseCompletions completions) {
        String id = course.getValue() == null ? null : course.getValue().id();
        grid.setItems(q -> completions.rows(id, order(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) completions.count(id));
        hint.setText(getTranslation(id == null ? "completions.hint.all" : "completions.hint.course"));
        String query = id == null ? "" : "?course=" + id;
        csv.setHref("/export/course-completions.csv" + query);
        xlsx.setHref("/export/course-completions.xlsx" + query);
    }

    private static CompletionOrder order(List<QuerySortOrder> sort) {
        return sort.isEmpty() ? CompletionOrder.STATUS : CompletionOrder.valueOf(sort.get(0).getSorted());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completions.title") + " · 学法";
    }
}

package org.xuefa.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.course.CompletionRow;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.security.Role;

/** The completion list of one course names who has not started, from the database, page by page. */
class CompletionsScreenTest extends KaribuTestBase {

    @Test
    void choosing_a_course_lists_everyone_in_scope_including_who_has_not_started() {
        Long town = fixtures.newTown().id();
        var first = fixtures.newOfficial(town);
        var second = fixtures.newOfficial(town);
        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));
        navigate("course-completions");
        @SuppressWarnings("unchecked")
        Grid<CompletionRow> grid = _get(Grid.class, s -> s.withId("completions-grid"));
        assertThat(GridKt._size(grid)).as("nobody of the new town started a course").isZero();

        Course course = ctx.getBean(CourseCatalog.class).courses().get(0);
        @SuppressWarnings("unchecked")
        ComboBox<Course> courses = _get(ComboBox.class, s -> s.withId("completions-course"));
        assertThat(courses.getLabel()).isNotBlank();
        courses.setValue(course);

        assertThat(GridKt._findAll(grid)).extracting(CompletionRow::officialId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(GridKt._findAll(grid)).allSatisfy(r -> assertThat(r.startedAt()).isNull());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("未开始");
        assertThat(_get(Paragraph.class, s -> s.withId("completions-hint")).getText()).contains("尚未开始");
    }
}

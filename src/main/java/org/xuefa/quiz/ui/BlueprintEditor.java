package org.xuefa.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xuefa.course.Course;
import org.xuefa.course.QuestionType;
import org.xuefa.quiz.Section;

/**
 * An exam's paper blueprint: sections of question type × count × points, optionally from given courses, with a row
 * to add one. A new exam starts with the province's 40 single × 1 + 20 multiple × 2 + 20 true/false × 1.
 */
class BlueprintEditor extends VerticalLayout {
    private final List<Section> sections = new ArrayList<>();
    private final Grid<Section> grid = new Grid<>();

    BlueprintEditor(List<Course> courses, List<Section> existing) {
        setPadding(false);
        if (existing.isEmpty()) {
            sections.add(Section.of(QuestionType.SINGLE, 40, 1));
            sections.add(Section.of(QuestionType.MULTIPLE, 20, 2));
            sections.add(Section.of(QuestionType.TRUEFALSE, 20, 1));
        } else {
            sections.addAll(existing);
        }
        grid.setId("exam-sections");
        grid.addColumn(x -> getTranslation("questionType." + x.type().name())).setHeader(getTranslation("manage.f.type"));
        grid.addColumn(Section::count).setHeader(getTranslation("manage.f.count"));
        grid.addColumn(x -> x.points().stripTrailingZeros().toPlainString()).setHeader(getTranslation("manage.f.points"));
        grid.addColumn(x -> x.courseIds().isEmpty() ? getTranslation("completions.allCourses")
                : String.join(", ", x.courseIds())).setHeader(getTranslation("manage.f.courses"));
        grid.addComponentColumn(x -> new Button(VaadinIcon.TRASH.create(), e -> {
            sections.remove(x);
            grid.setItems(sections);
        })).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(sections);
        grid.setAllRowsVisible(true);
        add(grid, adder(courses));
    }

    /** The sections as they stand. */
    List<Section> sections() {
        return List.copyOf(sections);
    }

    private HorizontalLayout adder(List<Course> courses) {
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("manage.f.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(v -> getTranslation("questionType." + v.name()));
        type.setValue(QuestionType.SINGLE);
        IntegerField count = new IntegerField(getTranslation("manage.f.count"));
        count.setValue(10);
        BigDecimalField points = new BigDecimalField(getTranslation("manage.f.points"));
        points.setValue(BigDecimal.ONE);
        MultiSelectComboBox<Course> from = new MultiSelectComboBox<>(getTranslation("manage.f.courses"));
        from.setItems(courses);
        from.setItemLabelGenerator(c -> c.title(getLocale()));
        Button add = new Button(getTranslation("manage.addSection"), VaadinIcon.PLUS.create(), e -> {
            if (count.getValue() == null || points.getValue() == null) {
                return;
            }
            sections.add(new Section(type.getValue(), count.getValue(), points.getValue(),
                    from.getValue().stream().map(Course::id).sorted().toList(), List.of(), Set.of()));
            grid.setItems(sections);
        });
        HorizontalLayout row = new HorizontalLayout(type, count, points, from, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}

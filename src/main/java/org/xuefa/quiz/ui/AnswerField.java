package org.xuefa.quiz.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xuefa.course.QuestionType;
import org.xuefa.quiz.TakerPaper;

/** The choices of one paper question (boxes for multiple choice, radio buttons otherwise), showing the taker's answer. */
final class AnswerField {
    private AnswerField() {
    }

    /** A field for the item; {@code save} gets the chosen tokens each time the taker changes them. */
    static AbstractField<?, ?> of(TakerPaper.Item item, Consumer<Set<String>> save) {
        AbstractField<?, ?> field;
        if (item.type() == QuestionType.MULTIPLE) {
            CheckboxGroup<TakerPaper.Choice> box = new CheckboxGroup<>();
            box.setItems(item.choices());
            box.setItemLabelGenerator(c -> label(item, c));
            box.setValue(item.choices().stream().filter(c -> item.chosen().contains(c.token()))
                    .collect(Collectors.toSet()));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.accept(e.getValue().stream().map(TakerPaper.Choice::token).collect(Collectors.toSet()));
                }
            });
            field = box;
        } else {
            RadioButtonGroup<TakerPaper.Choice> radio = new RadioButtonGroup<>();
            radio.setItems(item.choices());
            radio.setItemLabelGenerator(c -> label(item, c));
            item.choices().stream().filter(c -> item.chosen().contains(c.token())).findFirst().ifPresent(radio::setValue);
            radio.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    save.accept(Set.of(e.getValue().token()));
                }
            });
            field = radio;
        }
        field.setId("exam-choices");
        field.getElement().getThemeList().add("vertical");
        return field;
    }

    private static String label(TakerPaper.Item item, TakerPaper.Choice c) {
        if (item.type() == QuestionType.TRUEFALSE) {
            return UI.getCurrent().getTranslation("practice." + c.text());
        }
        return (char) ('A' + item.choices().indexOf(c)) + ". " + c.text();
    }
}

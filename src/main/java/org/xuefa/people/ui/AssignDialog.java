package org.xuefa.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Localized;
import org.xuefa.base.ui.Notify;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.PostRecord;

/** Puts an official into a post, full-time or concurrently, from a date. */
class AssignDialog extends Dialog {

    AssignDialog(Establishment establishment, Officials officials, PostRecord post, LocalDate today,
            Runnable onSaved) {
        setId("assign-dialog");
        setHeaderTitle(getTranslation("assignment.new", post.title()));
        ComboBox<OfficialRecord> official = new ComboBox<>(getTranslation("assignment.official"));
        official.setId("assign-official");
        official.setItems(q -> officials.search(new OfficialFilter(q.getFilter().orElse(null), null, null, true),
                q.getOffset(), q.getLimit()).stream());
        official.setItemLabelGenerator(o -> o.name() + " · " + o.staffNumber() + " · " + o.unitName());
        official.setWidthFull();
        RadioButtonGroup<AssignmentType> type = new RadioButtonGroup<>(getTranslation("assignment.type"));
        type.setItems(AssignmentType.values());
        type.setItemLabelGenerator(t -> Labels.of("assignmentType", t));
        type.setValue(AssignmentType.PRIMARY);
        DatePicker start = Localized.datePicker(getTranslation("assignment.start"), today);
        add(new FormLayout(official, type, start));
        Button save = new Button(getTranslation("action.save"));
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                if (official.getValue() == null) {
                    throw new BusinessException("assignment.error.official-required");
                }
                establishment.assign(post.id(), official.getValue().id(), type.getValue(), start.getValue());
                Notify.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            });
            save.setEnabled(!ok);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(95vw, 36rem)");
    }
}

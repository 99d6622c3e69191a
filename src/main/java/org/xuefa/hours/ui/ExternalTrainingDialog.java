package org.xuefa.hours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Notify;
import org.xuefa.hours.ExternalTraining;
import org.xuefa.hours.RequirementKind;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;

/**
 * Records one external training: the official (searched a page at a time; the service refuses one outside the HR
 * scope), title, organiser, dates, hours, certificate and the requirement it counts toward.
 */
class ExternalTrainingDialog extends Dialog {
    final ComboBox<OfficialRecord> official = new ComboBox<>();
    final TextField title = new TextField();
    final TextField provider = new TextField();
    final DatePicker startedOn = new DatePicker();
    final DatePicker finishedOn = new DatePicker();
    final BigDecimalField hours = new BigDecimalField();
    final TextField certificate = new TextField();
    final Select<RequirementKind> countsToward = new Select<>();

    ExternalTrainingDialog(ExternalTraining external, Officials officials, Runnable saved) {
        setHeaderTitle(getTranslation("external.record"));
        setId("external-dialog");
        official.setLabel(getTranslation("external.col.official"));
        official.setId("external-official");
        official.setItems(q -> officials.search(filter(q.getFilter().orElse(null)), q.getOffset(), q.getLimit())
                .stream(), q -> (int) officials.count(filter(q.getFilter().orElse(null))));
        official.setItemLabelGenerator(o -> o.name() + " · " + o.staffNumber() + " · " + o.unitName());
        title.setLabel(getTranslation("external.col.title"));
        title.setId("external-title");
        title.setMaxLength(300);
        provider.setLabel(getTranslation("external.col.provider"));
        provider.setId("external-provider");
        provider.setMaxLength(200);
        startedOn.setLabel(getTranslation("external.col.startedOn"));
        startedOn.setId("external-started");
        finishedOn.setLabel(getTranslation("external.col.finishedOn"));
        finishedOn.setId("external-finished");
        hours.setLabel(getTranslation("hours.col.hours"));
        hours.setId("external-hours");
        certificate.setLabel(getTranslation("external.col.certificate"));
        certificate.setId("external-certificate");
        certificate.setMaxLength(100);
        countsToward.setLabel(getTranslation("hours.col.countsToward"));
        countsToward.setId("external-counts-toward");
        countsToward.setItems(RequirementKind.values());
        countsToward.setItemLabelGenerator(k -> getTranslation("hours.kind." + k));
        countsToward.setValue(RequirementKind.TRAINING);
        add(new FormLayout(official, title, provider, certificate, startedOn, finishedOn, hours, countsToward));
        Button save = new Button(getTranslation("action.save"));
        save.setId("external-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean ok = Notify.attempt(() -> {
                if (official.getValue() == null) {
                    throw new BusinessException("external.error.official");
                }
                external.record(new ExternalTraining.Entry(official.getValue().id(), title.getValue(),
                        provider.getValue(), hours.getValue(), finishedOn.getValue(), certificate.getValue(),
                        countsToward.getValue(), startedOn.getValue()));
            });
            if (ok) {
                Notify.success(getTranslation("external.saved"));
                close();
                saved.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(96vw, 44rem)");
    }

    private static OfficialFilter filter(String text) {
        return new OfficialFilter(text, null, null, true);
    }
}

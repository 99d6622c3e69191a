package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.xuefa.base.ui.Notify;
import org.xuefa.studyrecord.StudyRecordDetails;
import org.xuefa.studyrecord.StudyRecords;

/** The organizer's form for a record's summary and key points (Markdown), saved against the version they saw. */
class RecordEditor extends Composite<VerticalLayout> {
    final TextArea summary = new TextArea();
    final TextArea keyPoints = new TextArea();
    final Button save = new Button();

    RecordEditor(StudyRecords records, StudyRecordDetails d, Runnable onSaved) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setMaxWidth("60rem");
        summary.setId("record-summary");
        summary.setLabel(getTranslation("studyRecord.summary"));
        summary.setHelperText(getTranslation("studyRecord.markdownHint"));
        summary.setWidthFull();
        summary.setMinHeight("8rem");
        summary.setValue(d.summary() == null ? "" : d.summary());
        keyPoints.setId("record-key-points");
        keyPoints.setLabel(getTranslation("studyRecord.keyPoints"));
        keyPoints.setHelperText(getTranslation("studyRecord.keyPointsHint"));
        keyPoints.setWidthFull();
        keyPoints.setMinHeight("8rem");
        keyPoints.setValue(d.keyPoints() == null ? "" : d.keyPoints());
        save.setText(getTranslation("studyRecord.save"));
        save.setId("record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Notify.attempt(() -> records.save(d.session().id(), summary.getValue(), keyPoints.getValue(),
                    d.recordVersion()))) {
                Notify.success(getTranslation("studyRecord.saved"));
                onSaved.run();
            }
        });
        Span saved = new Span(d.written() ? getTranslation("studyRecord.written") : getTranslation("studyRecord.notWritten"));
        saved.addClassName("xf-muted");
        HorizontalLayout actions = new HorizontalLayout(save, saved);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        layout.add(summary, keyPoints, actions);
    }
}

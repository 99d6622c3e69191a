package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.study.SessionStatus;
import org.xuefa.studyrecord.ReflectionRecord;
import org.xuefa.studyrecord.SessionReflections;
import org.xuefa.studyrecord.StudyRecordDetails;
import org.xuefa.studyrecord.StudyRecords;

/**
 * Reflections (心得): the organizer asks for them; organizers, leaders and HR read them all; an attendee writes or
 * edits their own while they are asked for.
 */
class ReflectionsPanel extends Composite<VerticalLayout> {
    static final int MAX_LENGTH = 1000;
    Checkbox requested;
    TextArea mine;
    Button submit;

    ReflectionsPanel(StudyRecords records, SessionReflections reflections, StudyRecordDetails d,
            Runnable onChange) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("record-reflections");
        layout.setMaxWidth("60rem");
        Long sessionId = d.session().id();
        if (d.canEdit()) {
            requested = new Checkbox(getTranslation("studyRecord.reflections.request"), d.reflectionsRequested());
            requested.setId("reflections-requested");
            requested.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                if (Notify.attempt(() -> records.requestReflections(sessionId, e.getValue(), d.recordVersion()))) {
                    Notify.success(getTranslation(e.getValue() ? "studyRecord.reflections.requested"
                            : "studyRecord.reflections.stopped"));
                }
                onChange.run();
            });
            layout.add(requested);
        } else if (d.reflectionsRequested()) {
            layout.add(new Paragraph(getTranslation("studyRecord.reflections.asked")));
        }
        if (d.mayReflect()) {
            mine = new TextArea(getTranslation("studyRecord.reflections.mine"));
            mine.setId("my-reflection");
            mine.setWidthFull();
            mine.setMinHeight("7rem");
            mine.setMaxLength(MAX_LENGTH);
            mine.setValueChangeMode(ValueChangeMode.EAGER);
            mine.setValue(d.myReflection() == null ? "" : d.myReflection().text());
            mine.setHelperText(getTranslation("studyRecord.reflections.counter", mine.getValue().length(), MAX_LENGTH));
            mine.addValueChangeListener(e -> mine.setHelperText(getTranslation("studyRecord.reflections.counter",
                    e.getValue().length(), MAX_LENGTH)));
            submit = new Button(getTranslation(d.myReflection() == null ? "studyRecord.reflections.submit"
                    : "studyRecord.reflections.update"));
            submit.setId("reflection-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (Notify.attempt(() -> reflections.reflect(sessionId, mine.getValue()))) {
                    Notify.success(getTranslation("studyRecord.reflections.saved"));
                    onChange.run();
                }
            });
            layout.add(mine, submit);
        } else if (d.invited() && d.reflectionsRequested()) {
            if (d.myReflection() != null) {
                layout.add(card(d.myReflection()));
            }
            layout.add(new Paragraph(getTranslation(d.session().status() == SessionStatus.CANCELLED
                    ? "study.session.error.cancelled" : "studyRecord.reflection.error.not-attended")));
        }
        if (d.canSeeAll()) {
            Span count = new Span(getTranslation("studyRecord.reflections.count", d.reflections().size()));
            count.setId("reflections-count");
            count.addClassName("xf-muted");
            layout.add(count);
            d.reflections().forEach(r -> layout.add(card(r)));
        } else if (!d.invited() || !d.reflectionsRequested()) {
            if (!d.canEdit()) {
                layout.add(new Paragraph(getTranslation("studyRecord.reflections.notAsked")));
            }
        }
    }

    private Div card(ReflectionRecord r) {
        Span who = new Span(r.officialName() + (r.unitName() == null || r.unitName().isBlank() ? "" : " · "
                + r.unitName()));
        who.addClassName("xf-reflection-who");
        Span when = new Span(Times.dateTime(r.updatedAt()));
        when.addClassName("xf-muted");
        Paragraph text = new Paragraph(r.text());
        text.addClassName("xf-reflection-text");
        Div card = new Div(who, when, text);
        card.addClassName("xf-reflection");
        return card;
    }
}

package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.xuefa.studyrecord.StudyRecordDetails;

/** A record's summary and key points for reading; the HTML comes sanitised from the service. */
class RecordText extends Composite<VerticalLayout> {

    RecordText(StudyRecordDetails d) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("record-text");
        layout.addClassName("xf-lesson");
        layout.setMaxWidth("60rem");
        if (d.summary() == null && d.keyPoints() == null) {
            layout.add(new Paragraph(getTranslation("studyRecord.notWrittenYet")));
            return;
        }
        if (d.summary() != null) {
            layout.add(new H4(getTranslation("studyRecord.summary")), new Html("<div>" + d.summaryHtml() + "</div>"));
        }
        if (d.keyPoints() != null) {
            layout.add(new H4(getTranslation("studyRecord.keyPoints")), new Html("<div>" + d.keyPointsHtml() + "</div>"));
        }
    }
}

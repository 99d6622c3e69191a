package org.xuefa.studyrecord.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Times;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;
import org.xuefa.studyrecord.RecordAttachments;
import org.xuefa.studyrecord.SessionReflections;
import org.xuefa.studyrecord.StudyRecordDetails;
import org.xuefa.studyrecord.StudyRecords;

/**
 * The record of one session (学法记录): organizers in scope write the summary and key points, attach files, ask for
 * reflections and print the record and the sign-in sheet; leaders and HR read it all; an invitee reads it and
 * writes their own reflection when asked.
 */
@Route("sessions/:sessionId/record")
@PermitAll
public class StudyRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyRecords records;
    private final RecordAttachments attachments;
    private final SessionReflections reflections;
    private Long sessionId;
    private String title = "";

    public StudyRecordView(StudyRecords records, RecordAttachments attachments, SessionReflections reflections) {
        this.records = records;
        this.attachments = attachments;
        this.reflections = reflections;
        addClassName("xf-page");
        addClassName("xf-record");
        setId("study-record");
    }

    public static String route(Long sessionId) {
        return "sessions/" + sessionId + "/record";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        StudyRecordDetails details;
        try {
            details = records.view(sessionId);
        } catch (BusinessException | AccessDeniedException e) {
            removeAll();
            Paragraph refused = new Paragraph(getTranslation(e instanceof AccessDeniedException ? "error.access-denied"
                    : "study.session.error.not-found"));
            refused.setId("record-refused");
            add(new H1(getTranslation("studyRecord.title")), refused);
            return;
        }
        show(details);
    }

    /** Draws the page again from the service, after any change. */
    void refresh() {
        show(records.view(sessionId));
    }

    private void show(StudyRecordDetails d) {
        removeAll();
        SessionRecord s = d.session();
        title = s.title();
        add(new H1(getTranslation("studyRecord.titleOf", s.title())));
        add(facts(s));
        if (d.canEdit()) {
            // the printouts list everyone's attendance: for organizers (leaders and HR read the page)
            add(printLinks(d));
        }
        add(new H3(getTranslation("studyRecord.content")));
        if (d.canEdit()) {
            add(new RecordEditor(records, d, this::refresh));
        } else {
            add(new RecordText(d));
        }
        add(new H3(getTranslation("studyRecord.attachments")));
        add(new AttachmentsPanel(attachments, d, this::refresh));
        add(new H3(getTranslation("studyRecord.reflections")));
        add(new ReflectionsPanel(records, reflections, d, this::refresh));
    }

    private Div facts(SessionRecord s) {
        Div facts = new Div();
        facts.setId("record-facts");
        facts.addClassName("xf-record-facts");
        fact(facts, "studyRecord.pdf.kind", Labels.of("sessionKind", s.kind()));
        fact(facts, "studyRecord.pdf.when", Times.dateTime(s.startsAt()) + "–" + Times.time(s.endsAt()));
        fact(facts, "studyRecord.pdf.place", s.data().place());
        fact(facts, "studyRecord.pdf.speaker", s.speaker());
        fact(facts, "studyRecord.pdf.unit", s.unitName());
        Span status = new Span(getTranslation("studyRecord.status." + s.status().name()));
        status.getElement().getThemeList().add("badge" + (s.status() == SessionStatus.CANCELLED ? " error"
                : s.status() == SessionStatus.CLOSED ? " success" : ""));
        status.setId("record-status");
        facts.add(status);
        return facts;
    }

    private void fact(Div facts, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key) + "：");
        label.addClassName("xf-muted");
        facts.add(new Span(label, new Span(value)));
    }

    private HorizontalLayout printLinks(StudyRecordDetails d) {
        HorizontalLayout links = new HorizontalLayout();
        links.addClassName("xf-toolbar");
        Anchor record = new Anchor("/export/sessions/" + d.session().id() + "/record.pdf",
                getTranslation("studyRecord.print.record"));
        record.setId("record-pdf");
        record.setRouterIgnore(true);
        record.getElement().setAttribute("download", true);
        Anchor sheet = new Anchor("/export/sessions/" + d.session().id() + "/sign-in.pdf",
                getTranslation("studyRecord.print.signIn"));
        sheet.setId("sign-in-pdf");
        sheet.setRouterIgnore(true);
        sheet.getElement().setAttribute("download", true);
        links.add(record, sheet);
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyRecord.title") + (title.isEmpty() ? "" : " · " + title) + " · 学法";
    }
}

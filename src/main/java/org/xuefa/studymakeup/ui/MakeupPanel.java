package org.xuefa.studymakeup.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Law;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.ui.shared.ReportFormat;
import org.xuefa.studymakeup.MakeupItem;

/**
 * One make-up task on the official's page: the missed session, the due date, and what is left to do, with links to
 * the lessons and quizzes; for a session without lessons, its record and a note to confirm. Fires
 * {@link ConfirmEvent} with the note.
 */
class MakeupPanel extends Card {

    MakeupPanel(MakeupItem item, CourseLibrary library, ZoneId zone) {
        super(item.session().title());
        setId("makeup-" + item.taskId());
        SessionRecord s = item.session();
        Span facts = new Span(getTranslation("makeup.facts", Labels.of("sessionKind", s.kind()),
                Times.dateTime(s.startsAt()), Labels.of("attendanceStatus", item.reason())));
        facts.addClassName("xf-muted");
        add(new Paragraph(facts));
        add(state(item, zone));
        if (item.confirmOnly()) {
            add(record(s, library));
            if (item.open()) {
                add(confirmForm(item));
            } else if (item.confirmation() != null) {
                add(new Paragraph(getTranslation("makeup.confirmed", item.confirmation())));
            }
            return;
        }
        UnorderedList todo = new UnorderedList();
        for (MakeupItem.LessonItem l : item.lessons()) {
            Anchor link = new Anchor("courses/" + l.courseId() + "/lesson/" + l.lessonNo(),
                    getTranslation("makeup.read", l.title(getLocale())));
            todo.add(new ListItem(link, done(l.read())));
        }
        for (MakeupItem.QuizItem q : item.quizzes()) {
            Anchor link = new Anchor("courses/" + q.courseId() + "/quiz", getTranslation("makeup.quiz",
                    q.title(getLocale())));
            link.setId("makeup-quiz-" + item.taskId() + "-" + q.courseId());
            todo.add(new ListItem(link, done(q.passed())));
        }
        add(todo);
        if (!item.quizzes().isEmpty() && item.open()) {
            Span hint = new Span(getTranslation("makeup.quizHint"));
            hint.addClassName("xf-muted");
            add(hint);
        }
    }

    private Paragraph state(MakeupItem item, ZoneId zone) {
        Paragraph p = new Paragraph();
        p.setId("makeup-state-" + item.taskId());
        if (item.open()) {
            Span due = new Span(getTranslation(item.overdue() ? "makeup.overdue" : "makeup.due",
                    Labels.date(item.dueOn())));
            if (item.overdue()) {
                due.addClassName("xf-gap");
            }
            p.add(due);
        } else {
            Span done = new Span(getTranslation("makeup.doneAt", Times.dateTime(item.completedAt())));
            done.addClassName("xf-ok");
            p.add(done);
        }
        return p;
    }

    private Span done(boolean done) {
        Span mark = new Span(done ? " ✓ " + getTranslation("makeup.itemDone") : " · " + getTranslation("makeup.itemTodo"));
        mark.addClassName(done ? "xf-ok" : "xf-muted");
        return mark;
    }

    /** The session record an absentee reads when the session linked no lessons. */
    private Div record(SessionRecord s, CourseLibrary library) {
        Div record = new Div();
        record.addClassName("xf-sentences");
        record.add(new Paragraph(getTranslation("makeup.record.speaker", s.speaker().isBlank() ? "—" : s.speaker())));
        if (s.data().place() != null) {
            record.add(new Paragraph(getTranslation("makeup.record.place", s.data().place())));
        }
        for (StudiedLaw law : s.data().laws()) {
            Law l = library.law(law.lawId());
            String title = l == null ? law.lawId() : l.title(getLocale());
            record.add(new Paragraph(getTranslation("makeup.record.law", title,
                    law.articles().isBlank() ? getTranslation("makeup.record.whole") : law.articles())));
        }
        if (s.data().laws().isEmpty()) {
            record.add(new Paragraph(getTranslation("makeup.record.noLaws")));
        }
        return record;
    }

    private Div confirmForm(MakeupItem item) {
        TextArea note = new TextArea(getTranslation("makeup.note"));
        note.setId("makeup-note-" + item.taskId());
        note.setPlaceholder(getTranslation("makeup.note.placeholder"));
        note.setMaxLength(1000);
        note.setWidthFull();
        Button confirm = new Button(getTranslation("makeup.confirm"),
                e -> fireEvent(new ConfirmEvent(this, item, note.getValue())));
        confirm.setId("makeup-confirm-" + item.taskId());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(note, confirm);
        form.setWidthFull();
        return form;
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    static class ConfirmEvent extends ComponentEvent<MakeupPanel> {
        final MakeupItem item;
        final String note;

        ConfirmEvent(MakeupPanel source, MakeupItem item, String note) {
            super(source, false);
            this.item = item;
            this.note = note;
        }
    }
}

package org.xuefa.studylive.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Notify;
import org.xuefa.course.QuestionType;
import org.xuefa.studylive.LiveChoice;
import org.xuefa.studylive.LiveQuestion;
import org.xuefa.studylive.LiveQuiz;
import org.xuefa.studylive.LiveQuizChanged;
import org.xuefa.studylive.LiveSeat;
import org.xuefa.studylive.LiveSeats;

/**
 * The attendee's phone during a live quiz: the open question with its options and a submit button, one's own
 * answer (changeable until the reveal), then whether it was right with the room's distribution, and the score.
 * Everything is read from the server when the page opens, so reopening it after a lost connection rejoins the
 * question now open; pushed changes keep it current. Over 200 lines because each state of the seat (waiting, open,
 * answered, revealed, ended) is drawn from the one record the server sends, and splitting them would spread it.
 */
@Route("live/:sessionId")
@PermitAll
public class LiveAttendeeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LiveQuiz liveQuiz;
    private final LiveSeats seats;
    private final H1 title = new H1();
    private final Div body = new Div();
    private final Span score = new Span();
    private Long sessionId;
    private Runnable unregister;
    private Supplier<Set<String>> chosen = Set::of;

    public LiveAttendeeView(LiveQuiz liveQuiz, LiveSeats seats) {
        this.liveQuiz = liveQuiz;
        this.seats = seats;
        addClassName("xf-page");
        addClassName("xf-live-phone");
        title.addClassName("xf-live-session");
        body.setWidthFull();
        score.setId("live-score");
        score.addClassName("xf-muted");
        add(title, body, score);
    }

    static String route(Long sessionId) {
        return "live/" + sessionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        refresh();
        stopListening();
        getUI().ifPresent(this::listen); // another session in the same view: follow that one
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        listen(attachEvent.getUI());
    }

    private void listen(UI ui) {
        if (unregister != null) {
            return;
        }
        try {
            unregister = liveQuiz.listen(sessionId, change -> {
                // answers of others change nothing on a phone
                if (change.kind() != LiveQuizChanged.Kind.ANSWERED) {
                    ui.access(this::refresh);
                }
            });
        } catch (BusinessException | AccessDeniedException e) {
            unregister = null; // the refusal is already on the page
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
        super.onDetach(detachEvent);
    }

    private void stopListening() {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    private void refresh() {
        try {
            render(seats.current(sessionId));
        } catch (BusinessException e) {
            title.setText(getTranslation("live.title"));
            body.removeAll();
            Paragraph refused = new Paragraph(getTranslation(e.messageKey(), e.args()));
            refused.setId("live-refused");
            refused.addClassName("xf-errors");
            body.add(refused);
            score.setText("");
        }
    }

    private void render(LiveSeat seat) {
        title.setText(seat.sessionTitle());
        body.removeAll();
        // a score only means something once a question has been revealed
        score.setText(seat.revealedCount() == 0 ? ""
                : getTranslation("live.myScore", seat.myCorrectCount(), seat.revealedCount()));
        LiveQuestion q = seat.question();
        if (q == null) {
            body.add(note("live-waiting", getTranslation(seat.ended() ? "live.ended" : "live.waiting")));
            return;
        }
        if (q.revealed()) {
            Paragraph verdict = new Paragraph(getTranslation(seat.myCorrect() == null ? "live.verdict.none"
                    : seat.myCorrect() ? "live.verdict.right" : "live.verdict.wrong"));
            verdict.setId("live-verdict");
            verdict.addClassName(Boolean.TRUE.equals(seat.myCorrect()) ? "xf-ok" : "xf-gap");
            verdict.addClassName("xf-live-verdict");
            LiveQuestionPanel panel = new LiveQuestionPanel();
            panel.show(q);
            body.add(verdict, panel);
            if (!seat.myChoice().isEmpty()) {
                body.add(note("live-mine", getTranslation("live.yourChoice", labels(q, seat.myChoice()))));
            }
            body.add(note(seat.ended() ? "live-summary" : "live-waiting", seat.ended()
                    ? getTranslation("live.summary", seat.myCorrectCount(), seat.revealedCount())
                    : getTranslation("live.waitingNext")));
            return;
        }
        showOpen(seat, q);
    }

    private void showOpen(LiveSeat seat, LiveQuestion q) {
        Span position = new Span(getTranslation("live.position", q.position(),
                getTranslation("questionType." + q.type().name())));
        position.addClassName("xf-muted");
        H3 stem = new H3(q.stem());
        stem.setId("live-stem");
        stem.addClassName("xf-live-stem");
        body.add(position, stem);
        AbstractField<?, ?> field;
        if (q.type() == QuestionType.MULTIPLE) {
            CheckboxGroup<LiveChoice> box = new CheckboxGroup<>();
            box.setItems(q.choices());
            box.setItemLabelGenerator(c -> LiveQuestionPanel.label(q.type(), q.choices().indexOf(c), c));
            box.setValue(q.choices().stream().filter(c -> seat.myChoice().contains(c.token()))
                    .collect(Collectors.toSet()));
            chosen = () -> box.getValue().stream().map(LiveChoice::token).collect(Collectors.toSet());
            field = box;
        } else {
            RadioButtonGroup<LiveChoice> radio = new RadioButtonGroup<>();
            radio.setItems(q.choices());
            radio.setItemLabelGenerator(c -> LiveQuestionPanel.label(q.type(), q.choices().indexOf(c), c));
            q.choices().stream().filter(c -> seat.myChoice().contains(c.token())).findFirst()
                    .ifPresent(radio::setValue);
            chosen = () -> radio.getValue() == null ? Set.of() : Set.of(radio.getValue().token());
            field = radio;
        }
        field.setId("live-choices");
        field.addClassName("xf-live-choices");
        field.getElement().getThemeList().add("vertical");
        body.add(field);
        if (seat.refusal() != null) {
            field.setReadOnly(true);
            body.add(note("live-refusal", getTranslation(seat.refusal())));
            return;
        }
        Button submit = new Button(getTranslation(seat.myChoice().isEmpty() ? "live.submit" : "live.change"),
                e -> submit(q));
        submit.setId("live-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        body.add(submit);
        if (!seat.myChoice().isEmpty()) {
            body.add(note("live-status", getTranslation("live.submitted", labels(q, seat.myChoice()))));
        }
    }

    private void submit(LiveQuestion q) {
        Set<String> tokens = chosen.get();
        if (tokens.isEmpty()) {
            Notify.error(getTranslation("live.error.no-choice"));
            return;
        }
        if (!Notify.attempt(() -> render(seats.answer(sessionId, q.runId(), tokens)))) {
            refresh(); // revealed meanwhile, or check-in missing: show how things stand now
        }
    }

    private static String labels(LiveQuestion q, Set<String> tokens) {
        List<LiveChoice> choices = q.choices();
        return choices.stream().filter(c -> tokens.contains(c.token()))
                .map(c -> LiveQuestionPanel.label(q.type(), choices.indexOf(c), c)).collect(Collectors.joining("；"));
    }

    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("xf-live-note");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title") + " · 学法";
    }
}

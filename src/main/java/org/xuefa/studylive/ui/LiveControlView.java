package org.xuefa.studylive.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.xuefa.base.ui.Labels;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.security.Roles;
import org.xuefa.studylive.BankQuestion;
import org.xuefa.studylive.LiveBoard;
import org.xuefa.studylive.LiveQuiz;
import org.xuefa.studylive.LiveRunStatus;
import org.xuefa.studylive.LiveScore;

/**
 * The organizer runs a session's live quiz: picks a question from the linked course banks (or the next one not
 * asked), opens it, watches the answers come in, reveals the distribution and the key, and ends the quiz. The
 * projector screen and the attendees' page are linked from here. Over 200 lines because the buttons' states follow
 * the board and the push listener together.
 */
@Route("sessions/:sessionId/live")
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
public class LiveControlView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LiveQuiz liveQuiz;
    private final H1 title = new H1();
    private final Span facts = new Span();
    private final Span state = new Span();
    private final LiveQuestionPanel panel = new LiveQuestionPanel();
    private final Button next = new Button(VaadinIcon.PLAY.create());
    private final Button openSelected = new Button();
    private final Button reveal = new Button(VaadinIcon.EYE.create());
    private final Button end = new Button(VaadinIcon.STOP.create());
    private final Grid<BankQuestion> bank = new Grid<>(BankQuestion.class, false);
    private final Grid<LiveScore> scores = new Grid<>(LiveScore.class, false);
    private final Div links = new Div();
    private Long sessionId;
    private Runnable unregister;

    public LiveControlView(LiveQuiz liveQuiz) {
        this.liveQuiz = liveQuiz;
        addClassName("xf-page");
        facts.addClassName("xf-muted");
        state.setId("live-state");
        next.setText(getTranslation("live.next"));
        next.setId("live-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> act(() -> liveQuiz.openNext(sessionId)));
        openSelected.setText(getTranslation("live.openSelected"));
        openSelected.setId("live-open-selected");
        openSelected.addClickListener(e -> bank.getSelectedItems().stream().findFirst()
                .ifPresent(q -> act(() -> liveQuiz.open(sessionId, q.courseId(), q.questionId()))));
        reveal.setText(getTranslation("live.reveal"));
        reveal.setId("live-reveal");
        reveal.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> act(() -> liveQuiz.reveal(sessionId)));
        end.setText(getTranslation("live.end"));
        end.setId("live-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> act(() -> liveQuiz.end(sessionId)));
        HorizontalLayout toolbar = new HorizontalLayout(next, reveal, end, state);
        toolbar.addClassName("xf-toolbar");
        links.addClassName("xf-live-links");

        bank.setId("live-bank");
        bank.addColumn(q -> q.courseTitle(getLocale())).setHeader(getTranslation("live.bank.course"))
                .setAutoWidth(true).setFlexGrow(0);
        bank.addColumn(q -> getTranslation("questionType." + q.type().name()))
                .setHeader(getTranslation("live.bank.type")).setAutoWidth(true).setFlexGrow(0);
        bank.addColumn(BankQuestion::stem).setHeader(getTranslation("live.bank.stem")).setFlexGrow(1);
        bank.addColumn(q -> q.asked() ? getTranslation("live.bank.asked") : "")
                .setHeader(getTranslation("live.bank.status")).setAutoWidth(true).setFlexGrow(0);
        bank.setHeight("18rem");
        bank.addSelectionListener(e -> updateButtons(null));

        scores.setId("live-scores");
        scores.addColumn(LiveScore::name).setHeader(getTranslation("live.scores.name")).setAutoWidth(true);
        scores.addColumn(LiveScore::unitName).setHeader(getTranslation("live.scores.unit")).setAutoWidth(true);
        scores.addColumn(s -> Labels.of("live.attendance", s.attendance()))
                .setHeader(getTranslation("live.scores.attendance")).setAutoWidth(true);
        scores.addColumn(s -> getTranslation("live.scores.result", s.correct(), s.answered(), s.asked()))
                .setHeader(getTranslation("live.scores.correct")).setFlexGrow(1);
        scores.setAllRowsVisible(true);

        H3 bankTitle = new H3(getTranslation("live.bank.title"));
        H3 scoresTitle = new H3(getTranslation("live.scores.title"));
        add(title, facts, links, toolbar, panel, bankTitle, bank, openSelected, scoresTitle, scores);
    }

    static String route(Long sessionId) {
        return "sessions/" + sessionId + "/live";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        LiveBoard board;
        try {
            board = liveQuiz.board(sessionId);
        } catch (RuntimeException e) {
            Notify.failure(e);
            event.forwardTo(LiveSessionsView.class);
            return;
        }
        title.setText(board.session().title());
        facts.setText(getTranslation("live.facts", board.session().unitName(),
                Times.time(board.session().startsAt()), Times.time(board.session().endsAt())));
        links.removeAll();
        Anchor screen = new Anchor(LiveScreenView.route(sessionId), getTranslation("live.screenLink"));
        screen.setTarget(AnchorTarget.BLANK);
        screen.setId("live-screen-link");
        Span join = new Span(getTranslation("live.joinHint", "/" + LiveAttendeeView.route(sessionId)));
        join.addClassName("xf-muted");
        links.add(screen, join);
        refresh(board);
        stopListening();
        getUI().ifPresent(this::listen); // another session in the same view: follow that one
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        listen(attachEvent.getUI());
    }

    private void listen(UI ui) {
        if (sessionId != null && unregister == null) {
            unregister = liveQuiz.listen(sessionId, change -> ui.access(
                    () -> Notify.attempt(() -> refresh(liveQuiz.board(sessionId)))));
        }
    }

    private void stopListening() {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
        super.onDetach(detachEvent);
    }

    private void act(Supplier<LiveBoard> action) {
        Notify.attempt(() -> refresh(action.get()));
    }

    private void refresh(LiveBoard board) {
        if (board.current() == null) {
            panel.showNothing(getTranslation(board.session().data().lessons().isEmpty() ? "live.noLessons"
                    : "live.notStarted"));
        } else {
            panel.show(board.current());
        }
        state.setText(board.ended() ? getTranslation("live.state.ended") : board.current() == null ? ""
                : getTranslation(board.current().revealed() ? "live.state.revealed" : "live.state.open",
                        board.asked()));
        // answers arriving must not lose the question the organizer has just picked
        var picked = bank.getSelectedItems().stream().findFirst();
        var questions = liveQuiz.questions(sessionId);
        bank.setItems(questions);
        picked.flatMap(p -> questions.stream().filter(q -> q.courseId().equals(p.courseId())
                && q.questionId().equals(p.questionId()) && !q.asked()).findFirst()).ifPresent(bank::select);
        scores.setItems(liveQuiz.scores(sessionId));
        updateButtons(board);
    }

    private LiveBoard last;

    private void updateButtons(LiveBoard board) {
        if (board != null) {
            last = board;
        }
        if (last == null) {
            return;
        }
        boolean open = last.current() != null && last.current().status() == LiveRunStatus.OPEN;
        next.setEnabled(!open);
        openSelected.setEnabled(!open && !bank.getSelectedItems().isEmpty());
        reveal.setEnabled(open);
        end.setEnabled(last.started() && !last.ended());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.control.title") + " · 学法";
    }
}

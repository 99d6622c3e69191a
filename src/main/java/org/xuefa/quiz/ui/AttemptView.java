package org.xuefa.quiz.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
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
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xuefa.base.BusinessException;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.quiz.AttemptStatus;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.TakerPaper;

/**
 * Taking an exam: one question at a time, a navigator of answered and unanswered questions, a countdown to the
 * server's deadline, every answer saved on the server and confirmed, and submission.
 */
@Route("attempts/:attemptId")
@PermitAll
public class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ExamTaking taking;
    private final Clock clock;
    private final AnswerNavigator navigator = new AnswerNavigator(this::show);
    private final Div question = new Div();
    private final Span progress = new Span();
    private final Span saved = new Span();
    private Long attemptId;
    private List<TakerPaper.Item> items = List.of();
    private int current;
    private String title = "";

    public AttemptView(ExamTaking taking, Clock clock) {
        this.taking = taking;
        this.clock = clock;
        addClassName("xf-page");
        addClassName("xf-exam");
        question.setId("exam-question");
        question.setWidthFull();
        saved.setId("save-status");
        saved.addClassName("xf-muted");
        progress.setId("exam-progress");
    }

    static String route(Long attemptId) {
        return "attempts/" + attemptId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        TakerPaper paper;
        try {
            paper = taking.paper(attemptId);
        } catch (RuntimeException e) {
            event.forwardTo(MyExamsView.class);
            return;
        }
        if (taking.attempt(attemptId).status() != AttemptStatus.IN_PROGRESS) {
            event.forwardTo(ResultView.class, ResultView.params(attemptId));
            return;
        }
        title = paper.examTitle();
        items = new ArrayList<>(paper.items());
        removeAll();
        Countdown countdown = new Countdown(paper.deadline(), clock, this::timeUp);
        Span timeLabel = new Span(getTranslation("attempt.timeLeft"));
        Button submit = new Button(getTranslation("attempt.submit"), VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.setId("exam-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the timer, the count and 交卷 stay in a bar at the top of the screen while the paper scrolls under it
        HorizontalLayout bar = new HorizontalLayout(timeLabel, countdown, progress, submit);
        bar.setId("exam-bar");
        bar.addClassNames("xf-toolbar", "xf-exam-bar");
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        // the answer sheet folds: open on a wide screen, closed on a phone where 80 numbers would fill it
        Details sheet = new Details(getTranslation("attempt.sheet"), navigator);
        sheet.setId("exam-sheet");
        sheet.addClassName("xf-exam-sheet");
        sheet.getElement().executeJs("this.opened = window.matchMedia('(min-width: 601px)').matches");
        add(new ExamCrumbs(title, paper.courseId()), new H1(title), bar, sheet, question, saved);
        current = items.stream().filter(i -> !i.answered()).mapToInt(items::indexOf).findFirst().orElse(0);
        show(current);
    }

    private void show(int index) {
        current = index;
        renderNavigator();
        question.removeAll();
        TakerPaper.Item item = items.get(index);
        Span position = new Span(getTranslation("practice.position", index + 1, items.size(),
                getTranslation("questionType." + item.type().name())));
        position.addClassName("xf-muted");
        H3 stem = new H3(item.stem());
        stem.setId("exam-stem");
        AbstractField<?, ?> field = AnswerField.of(item, tokens -> save(index, tokens));
        Button previous = new Button(getTranslation("practice.previous"), e -> show(current - 1));
        previous.setId("exam-previous");
        previous.setEnabled(index > 0);
        Button next = new Button(getTranslation("practice.next"), e -> show(current + 1));
        next.setId("exam-next");
        next.setEnabled(index < items.size() - 1);
        question.add(position, stem, field, new HorizontalLayout(previous, next));
        saved.setText(item.answered() ? getTranslation("attempt.savedBefore") : "");
    }

    private void renderNavigator() {
        navigator.render(items, current);
        progress.setText(getTranslation("attempt.progress", items.stream().filter(TakerPaper.Item::answered).count(),
                items.size()));
    }

    /** Saves on the server first; only a committed answer is shown as saved. */
    private void save(int index, Set<String> tokens) {
        try {
            Instant at = taking.answer(attemptId, items.get(index).position(), tokens);
            TakerPaper.Item old = items.get(index);
            items.set(index, new TakerPaper.Item(old.position(), old.type(), old.stem(), old.choices(), tokens));
            saved.setText(getTranslation("attempt.saved", Times.seconds(at)));
            saved.removeClassName("xf-gap");
            renderNavigator();
        } catch (BusinessException e) {
            saved.setText(getTranslation("attempt.notSaved"));
            saved.addClassName("xf-gap");
            Notify.failure(e);
            if (taking.attempt(attemptId).status() != AttemptStatus.IN_PROGRESS
                    || "attempt.error.time-up".equals(e.messageKey())) {
                timeUp();
            }
        }
    }

    private void confirmSubmit() {
        long open = items.stream().filter(i -> !i.answered()).count();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("submit-dialog");
        dialog.setHeader(getTranslation("attempt.submit"));
        dialog.setText(open > 0 ? getTranslation("attempt.confirmOpen", open) : getTranslation("attempt.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("attempt.submit"));
        dialog.addConfirmListener(e -> finish());
        dialog.open();
    }

    void finish() {
        taking.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(ResultView.class, ResultView.params(attemptId)));
    }

    private void timeUp() {
        Notify.error(getTranslation("attempt.timeUpNotice"));
        finish();
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}

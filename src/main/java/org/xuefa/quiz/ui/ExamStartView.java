package org.xuefa.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.xuefa.base.ui.Notify;
import org.xuefa.base.ui.Times;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;
import org.xuefa.quiz.Section;

/** The start page of an exam: its rules, time and attempts left; starting or resuming the attempt. */
@Route("exams/:examId")
@PermitAll
public class ExamStartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ExamTaking taking;
    private String title = "";

    public ExamStartView(ExamTaking taking) {
        this.taking = taking;
        addClassName("xf-page");
    }

    static String route(Long examId) {
        return "exams/" + examId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long examId = event.getRouteParameters().getLong("examId").orElse(-1L);
        MyExam e;
        try {
            e = taking.myExam(examId);
        } catch (RuntimeException ex) {
            event.forwardTo(MyExamsView.class);
            return;
        }
        removeAll();
        var s = e.exam().settings();
        title = e.exam().title();
        UnorderedList rules = new UnorderedList();
        rules.setId("exam-rules");
        rules.add(new ListItem(getTranslation("start.window", Times.dateTime(s.opensAt()), Times.dateTime(e.closesAt()))));
        rules.add(new ListItem(getTranslation("start.time", s.timeLimitMinutes())));
        rules.add(new ListItem(getTranslation("start.paper", s.sections().stream()
                .map(x -> getTranslation("start.section", x.count(), getTranslation("questionType." + x.type().name()),
                        x.points().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining(getTranslation("start.and"))),
                e.exam().maxScore().stripTrailingZeros().toPlainString())));
        rules.add(new ListItem(getTranslation("start.bands", s.bands().excellent(), s.bands().good(), s.bands().pass())));
        rules.add(new ListItem(e.attemptsLeft() < 0 ? getTranslation("start.unlimited")
                : getTranslation("start.attempts", e.attemptsLeft(), getTranslation("counting." + s.counting()))));
        rules.add(new ListItem(getTranslation("start.saving")));
        rules.add(new ListItem(getTranslation("start.honesty")));
        Button start = new Button(getTranslation(e.attemptInProgress() != null ? "exams.resume" : "start.begin"));
        start.setId("exam-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setEnabled(e.canStart());
        Runnable begin = () -> {
            try {
                Long attemptId = taking.start(examId);
                getUI().ifPresent(ui -> ui.navigate(AttemptView.route(attemptId)));
            } catch (RuntimeException ex) {
                Notify.failure(ex);
            }
        };
        // starting spends an attempt and starts the clock: ask first (resuming spends nothing)
        start.addClickListener(ev -> {
            if (e.attemptInProgress() != null) {
                begin.run();
            } else {
                confirmStart(getTranslation("start.confirm.title"), e.attemptsLeft() < 0
                        ? getTranslation("start.confirm.unlimited", s.timeLimitMinutes())
                        : getTranslation("start.confirm.text", s.timeLimitMinutes(), e.attemptsLeft()), begin);
            }
        });
        add(new ExamCrumbs(title, null), new H1(title), rules, start);
    }

    /** Asks before something that spends an attempt; {@code begin} runs on confirmation. */
    static void confirmStart(String title, String text, Runnable begin) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("start-confirm");
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation("start.confirm.go"));
        dialog.addConfirmListener(ev -> begin.run());
        dialog.open();
    }

    static int questions(List<Section> sections) {
        return sections.stream().mapToInt(Section::count).sum();
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}

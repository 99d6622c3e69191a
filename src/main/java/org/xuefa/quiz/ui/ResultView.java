package org.xuefa.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Entities;
import org.xuefa.base.ui.Times;
import org.xuefa.quiz.AttemptStatus;
import org.xuefa.quiz.ExamResult;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;

/** An attempt's result: score and band, the certificate when one was issued, and the review the exam allows. */
@Route("attempts/:attemptId/result")
@PermitAll
public class ResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ExamTaking taking;
    private String title = "";

    public ResultView(ExamTaking taking) {
        this.taking = taking;
        addClassName("xf-page");
    }

    static RouteParameters params(Long attemptId) {
        return new RouteParameters("attemptId", String.valueOf(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        ExamResult r;
        try {
            r = taking.result(attemptId);
        } catch (RuntimeException e) {
            event.forwardTo(MyExamsView.class);
            return;
        }
        removeAll();
        title = r.examTitle();
        add(new ExamCrumbs(title, r.courseId()), new H1(title));
        if (r.attempt().status() == AttemptStatus.VOIDED) {
            add(new Paragraph(getTranslation("result.voided", r.attempt().voidReason())));
            return;
        }
        Div score = new Div();
        score.setId("result-score");
        Span figure = new Span(r.attempt().score().stripTrailingZeros().toPlainString() + " / "
                + r.attempt().maxScore().stripTrailingZeros().toPlainString());
        figure.addClassName("xf-figure");
        Span band = new Span(getTranslation("band." + r.attempt().band()));
        band.setId("result-band");
        band.addClassName(r.attempt().band().passed() ? "xf-ok" : "xf-gap");
        score.add(figure, new Span(" "), band);
        add(score, new Paragraph(getTranslation("result.finished", Times.dateTime(r.attempt().submittedAt()))));
        attemptsLeft(r.attempt().examId());
        if (r.certificateCode() != null) {
            Anchor pdf = new Anchor("/certificates/" + r.certificateCode() + ".pdf", getTranslation("result.certificate"));
            pdf.setId("result-certificate");
            pdf.setRouterIgnore(true);
            pdf.getElement().setAttribute("download", true);
            add(new Paragraph(pdf, new Span(" · " + getTranslation("result.code", r.certificateCode()))));
        }
        if (!r.reviewAllowed()) {
            add(new Paragraph(getTranslation("result.noReview")));
        }
        for (ExamResult.ReviewItem item : r.review()) {
            add(reviewCard(item));
        }
        add(new RouterLink(getTranslation("result.back"), MyExamsView.class));
    }

    /**
     * One question of the review as one element of plain HTML, every text escaped. A finished taker's session keeps
     * this page until it ends: as components (a heading, a verdict and a paragraph per choice, some ten per question)
     * the review of a 40-question paper held about 0.4 MB of server memory per session (docs/benchmarks.md).
     */
    private Html reviewCard(ExamResult.ReviewItem item) {
        boolean right = item.awarded().compareTo(item.points()) == 0;
        boolean unanswered = item.choices().stream().noneMatch(ExamResult.ReviewChoice::chosen);
        String verdict = getTranslation(right ? "practice.right" : unanswered ? "result.unanswered" : "practice.wrong")
                + " · " + item.awarded().stripTrailingZeros().toPlainString() + " / "
                + item.points().stripTrailingZeros().toPlainString();
        StringBuilder html = new StringBuilder("<div class=\"xf-card xf-review-item\"><h4>")
                .append(escape(item.position() + ". " + item.stem())).append("</h4><span class=\"")
                .append(right ? "xf-ok" : "xf-gap").append("\">").append(escape(verdict)).append("</span>");
        for (ExamResult.ReviewChoice c : item.choices()) {
            String label = "true".equals(c.label()) || "false".equals(c.label())
                    ? getTranslation("practice." + c.label()) : c.label() + ". " + c.text();
            html.append(c.right() ? "<p class=\"xf-ok\">" : "<p>")
                    .append(escape((c.chosen() ? "☑ " : "☐ ") + label + (c.right() ? " ✓" : ""))).append("</p>");
        }
        html.append("<p>").append(escape(item.explanation())).append("</p><p class=\"xf-muted\">")
                .append(escape(getTranslation("practice.source", item.lawTitle(), item.article())))
                .append("</p></div>");
        return new Html(html.toString());
    }

    private static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    /** How many attempts the exam still allows this official (course quizzes and unlimited exams say so). */
    private void attemptsLeft(Long examId) {
        try {
            MyExam mine = taking.myExam(examId);
            Paragraph left = new Paragraph(mine.attemptsLeft() < 0 ? getTranslation("result.attemptsUnlimited")
                    : getTranslation("result.attemptsLeft", mine.attemptsLeft()));
            left.setId("result-attempts-left");
            add(left);
        } catch (RuntimeException e) {
            // an exam the official is no longer invited to: nothing to say about attempts
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · 学法";
    }
}

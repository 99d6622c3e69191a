package org.xuefa.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.MyExam;
import org.xuefa.quiz.QuizTestSupport;

class VerifyViewTest extends KaribuTestBase {
    @Autowired
    private Messages messages;
    @Autowired
    private ExamTaking taking;
    @Autowired
    private Exams exams;
    @Autowired
    private Officials officials;
    @Autowired
    private CourseCatalog catalog;

    @Test
    void a_certificate_whose_attempt_was_voided_shows_as_revoked_without_the_reason() {
        loginAs("hr");
        Long holder = officials.search(new OfficialFilter("TP-072", null, null, null), 0, 1).get(0).id();
        loginAsOfficial(holder);
        Long examId = taking.myExams().stream().filter(MyExam::open).findFirst().orElseThrow().exam().id();
        Long attempt = taking.start(examId);
        QuizTestSupport.answerAll(taking, catalog, attempt, true, Integer.MAX_VALUE);
        String code = taking.submit(attempt).certificateCode();
        loginAs("organizer");
        exams.voidAttempt(attempt, "代考（监考记录第7号）");
        logout();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, r) -> false);

        navigate("verify/" + code);

        assertThat(_get(Span.class, spec -> spec.withId("verify-status")).getText())
                .isEqualTo(messages.getTranslation("verify.status.revoked", Messages.CHINESE));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-revoked")).getText())
                .isEqualTo(messages.getTranslation("verify.revoked", Messages.CHINESE));
        String text = _get(VerifyView.class).getElement().getTextRecursively();
        assertThat(text).contains("叶青").doesNotContain("代考", "监考记录");
    }

    @Test
    void anyone_checking_an_unknown_code_is_told_it_is_unknown() {
        navigate("verify/ZZZZ-ZZZZ-ZZZZ");

        Paragraph unknown = _get(Paragraph.class, spec -> spec.withId("verify-unknown"));
        assertThat(unknown.getText())
                .isEqualTo(messages.getTranslation("verify.unknown", Messages.CHINESE, "ZZZZ-ZZZZ-ZZZZ"));
        assertThat(_find(Div.class, spec -> spec.withId("verify-details"))).isEmpty();
    }

    @Test
    void a_malformed_code_is_unknown_too_and_shown_in_english_when_asked() {
        useLocale(Messages.ENGLISH);
        navigate("verify/not-a-code");

        Paragraph unknown = _get(Paragraph.class, spec -> spec.withId("verify-unknown"));
        assertThat(unknown.getText())
                .isEqualTo(messages.getTranslation("verify.unknown", Messages.ENGLISH, "NOT-A-CODE"));
    }
}

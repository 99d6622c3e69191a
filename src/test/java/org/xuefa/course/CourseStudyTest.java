package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.hours.StudyHours;
import org.xuefa.quiz.Band;
import org.xuefa.quiz.CourseQuizzes;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.QuizTestSupport;

class CourseStudyTest extends ServiceTestBase {
    @Autowired
    CourseStudy study;
    @Autowired
    CourseCompletions completions;
    @Autowired
    StudyHours hours;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseQuizzes quizzes;
    @Autowired
    ExamTaking taking;

    @Test
    void the_cadre_of_the_brigade_sees_general_and_enforcement_courses() {
        loginAs("cadre");
        assertThat(study.myCatalogue()).extracting(c -> c.course().id()).contains("admin-penalty", "admin-compulsion",
                "constitution-basics");
    }

    @Test
    void staff_outside_enforcement_do_not_get_enforcement_courses() {
        loginAs("admin");
        assertThat(study.myCatalogue()).hasSizeGreaterThanOrEqualTo(6);
        // hr's official works in the office, not in enforcement, but HR sees every course to manage them
        loginAs("hr");
        assertThat(study.myCatalogue()).extracting(c -> c.course().id()).contains("admin-compulsion");
    }

    @Test
    void reading_remembers_the_place_and_finishing_every_lesson_completes_once_with_hours() {
        loginAs("cadre");
        Course course = study.myCatalogue().stream().map(CourseStudy.CourseCard::course)
                .filter(c -> c.id().equals("gov-info-disclosure")).findFirst().orElseThrow();
        study.open(course.id(), 1);
        study.finish(course.id(), 1);
        study.open(course.id(), 2);
        assertThat(study.progressIn(course.id()).lastLesson()).isEqualTo(2);
        assertThat(study.progressIn(course.id()).completed()).isFalse();
        var before = hours.myHoursThisYear();
        for (int n = 2; n <= course.lessons().size(); n++) {
            study.finish(course.id(), n);
        }
        ProgressRecord read = study.progressIn(course.id());
        assertThat(read.lessonsDone()).isTrue();
        assertThat(read.completed()).as("the course quiz is still to pass").isFalse();
        Long failing = quizzes.start(course.id());
        QuizTestSupport.answerAll(taking, catalog, failing, false, 99);
        assertThat(taking.submit(failing).attempt().band()).isEqualTo(Band.FAIL);
        assertThat(study.progressIn(course.id()).completed()).isFalse();
        var passed = QuizTestSupport.passCourseQuiz(quizzes, taking, catalog, course.id());
        assertThat(passed.reviewAllowed()).as("a quiz shows its review at once").isTrue();
        assertThat(passed.review()).hasSize(10);
        ProgressRecord done = study.progressIn(course.id());
        assertThat(done.completed()).isTrue();
        assertThat(done.creditedHours()).isEqualByComparingTo("1");
        // a double click on the last lesson does not credit twice
        study.finish(course.id(), course.lessons().size());
        // the course's hour, and half an hour for its passed quiz (xuefa.hours.quiz), each once
        assertThat(hours.myHoursThisYear()).isEqualByComparingTo(before.add(new BigDecimal("1.5")));
        assertThat(hours.myCreditsThisYear()).filteredOn(c -> c.sourceRef().equals(course.id()))
                .extracting(c -> c.source()).containsExactlyInAnyOrder("COURSE", "QUIZ");

        loginAs("organizer");
        assertThat(completions.rows(course.id(), null, 0, 1000)).anySatisfy(r -> {
            assertThat(r.staffNumber()).isEqualTo("TP-022");
            assertThat(r.completed()).isTrue();
        });
        String csv = new String(completions.csv(course.id(), Messages.CHINESE), StandardCharsets.UTF_8);
        assertThat(csv).contains("罗文杰", "TP-022", "综合执法大队", "政府信息公开条例", ",1");
    }

    @Test
    void an_unknown_course_or_lesson_is_refused_with_a_message() {
        loginAs("cadre");
        assertThatThrownBy(() -> study.open("no-such-course", 1)).hasMessageContaining("course.error.unknown");
        assertThatThrownBy(() -> study.open("admin-penalty", 99)).hasMessageContaining("course.error.no-lesson");
    }

    @Test
    void cadres_cannot_see_the_completion_report_nor_reload_courses() {
        loginAs("cadre");
        assertThatThrownBy(() -> completions.rows(null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> completions.csv(null, Messages.CHINESE)).isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        assertThatThrownBy(() -> catalog.reload())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_callers_get_nothing() {
        logout();
        assertThatThrownBy(() -> study.myCatalogue())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

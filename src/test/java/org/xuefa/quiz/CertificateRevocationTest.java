package org.xuefa.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.BusinessException;
import org.xuefa.course.CourseCatalog;
import org.xuefa.notification.Notifications;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;

/** Voiding an attempt (e.g. for 代考) takes back what the attempt earned: its certificate of passing. */
class CertificateRevocationTest extends ServiceTestBase {
    @Autowired
    ExamTaking taking;
    @Autowired
    Exams exams;
    @Autowired
    Certificates certificates;
    @Autowired
    Officials officials;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    Notifications notifications;

    @Test
    void a_voided_attempt_revokes_its_certificate_and_its_holder_is_told() {
        loginAs("hr");
        // TP-015 is the demo account "hr": the holder who should read the notice
        Long holder = officials.search(new OfficialFilter("TP-015", null, null, null), 0, 1).get(0).id();
        loginAsOfficial(holder);
        Long examId = taking.myExams().stream().filter(MyExam::open).findFirst().orElseThrow().exam().id();
        Long attempt = taking.start(examId);
        QuizTestSupport.answerAll(taking, catalog, attempt, true, Integer.MAX_VALUE);
        String code = taking.submit(attempt).certificateCode();
        assertThat(code).isNotNull();
        assertThat(certificates.verify(code)).hasValueSatisfying(c -> assertThat(c.valid()).isTrue());

        loginAs("organizer");
        exams.voidAttempt(attempt, "代考：由他人代为作答");

        logout();
        assertThat(certificates.verify(code)).as("anyone checking the code").hasValueSatisfying(c -> {
            assertThat(c.valid()).isFalse();
            assertThat(c.revoked()).isTrue();
            assertThat(c.toString()).doesNotContain("代考");
        });
        loginAsOfficial(holder);
        assertThat(certificates.codeFor(attempt)).as("no longer offered to the holder").isEmpty();
        assertThatThrownBy(() -> certificates.pdf(code)).isInstanceOf(BusinessException.class);

        loginAs("hr");
        assertThat(notifications.mine(0, 50)).filteredOn(n -> n.messageKey().equals("notification.certificate.revoked"))
                .singleElement().satisfies(n -> assertThat(n.args()).contains(code).noneMatch(a -> a.contains("代考")));

        loginAs("organizer");
        exams.voidAttempt(attempt, "again");
        loginAs("hr");
        assertThat(notifications.mine(0, 50)).as("voiding twice tells the holder once")
                .filteredOn(n -> n.messageKey().equals("notification.certificate.revoked")).hasSize(1);
    }
}

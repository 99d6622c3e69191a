package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseStudy;
import org.xuefa.quiz.CourseQuizzes;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.QuizTestSupport;
import org.xuefa.security.Role;
import org.xuefa.security.SystemTask;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.StudySessions;
import org.xuefa.support.Fixtures;

/**
 * The downloads (CSV, Excel, PDF) through the security filter chain, as a browser's session would fetch them: who
 * gets them, who gets 403 or the login page, and that the figures are the screens' figures. Only a real download
 * from a browser stays in the browser tests.
 */
class ExportEndpointsTest extends ServiceTestBase {
    private static final String YEAR = "?from=2026-01-01&to=2026-12-31";

    @Autowired
    WebApplicationContext context;
    @Autowired
    StudySessions sessions;
    @Autowired
    CourseStudy study;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseQuizzes quizzes;
    @Autowired
    ExamTaking taking;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse fetch(String username, String path) throws Exception {
        var request = get(path).header("Accept-Language", "zh-CN");
        if (username != null) {
            request = request.with(user(userDetailsService.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void without_a_session_a_download_sends_to_the_login_page() throws Exception {
        MockHttpServletResponse export = fetch(null, "/export/staffing-gaps.csv");
        assertThat(export.getStatus()).isEqualTo(302);
        assertThat(export.getHeader("Location")).endsWith("/login");
    }

    @Test
    void hr_downloads_the_staffing_gaps_with_the_reports_figures_and_a_cadre_gets_403() throws Exception {
        MockHttpServletResponse csv = fetch("hr", "/export/staffing-gaps.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(text(csv)).contains("综合执法大队,执法岗位,5,2,3,0,3,1,1,3,4,3,1");
        MockHttpServletResponse xlsx = fetch("hr", "/export/staffing-gaps.xlsx");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("staffing-gaps-tangpeng-2026-11-26.xlsx");
        assertThat(fetch("cadre", "/export/staffing-gaps.csv").getStatus()).isEqualTo(403);
    }

    @Test
    void the_organizer_downloads_the_attendance_reports_and_a_cadre_gets_403() throws Exception {
        MockHttpServletResponse csv = fetch("organizer", "/export/attendance/people.csv" + YEAR);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(text(csv)).contains("姓名,工号,单位,应到").containsPattern("莫晓峰,TP-082,综合执法大队,\\d+,.*,是,");
        MockHttpServletResponse xlsx = fetch("organizer", "/export/attendance/units.xlsx" + YEAR);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attendance-units-tangpeng-2026-01-01-2026-12-31.xlsx");
        assertThat(fetch("organizer", "/export/attendance/nonsense.csv" + YEAR).getStatus()).isEqualTo(404);
        assertThat(fetch("cadre", "/export/attendance/people.csv" + YEAR).getStatus()).isEqualTo(403);
    }

    @Test
    void the_organizer_downloads_the_course_completions_of_their_town() throws Exception {
        Long town = fixtures.newTown().id();
        Fixtures.Person cadre = fixtures.newPerson(town, Role.CADRE);
        String course = "admin-reconsideration";
        String title = fixtures.as(cadre.username(), () -> {
            int lessons = catalog.course(course).orElseThrow().lessons().size();
            for (int n = 1; n <= lessons; n++) {
                study.finish(course, n);
            }
            QuizTestSupport.passCourseQuiz(quizzes, taking, catalog, course);
            return catalog.course(course).orElseThrow().title(Locale.SIMPLIFIED_CHINESE);
        });
        String organizer = fixtures.newAccount(Role.ORGANIZER, town, null);
        MockHttpServletResponse csv = fetch(organizer, "/export/course-completions.csv?course=" + course);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(text(csv)).contains(cadre.staffNumber(), title);
        assertThat(fetch(cadre.username(), "/export/course-completions.csv?course=" + course).getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_organizer_prints_the_sign_in_sheet_and_the_record_and_a_cadre_may_not_print_the_sheet() throws Exception {
        Long id = SystemTask.run(() -> sessions.list(new SessionFilter(null, null, SessionKind.CASE_BASED, null,
                "违法建设强制拆除"), 0, 1).get(0).id());
        MockHttpServletResponse sheet = fetch("organizer", "/export/sessions/" + id + "/sign-in.pdf");
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getContentType()).isEqualTo("application/pdf");
        assertThat(pdfText(sheet.getContentAsByteArray())).contains("签到表", "以案说法：一起违法建设强制拆除案", "罗文杰",
                "陈志明", "综合执法大队", "出席");
        MockHttpServletResponse record = fetch("organizer", "/export/sessions/" + id + "/record.pdf");
        assertThat(record.getStatus()).isEqualTo(200);
        assertThat(pdfText(record.getContentAsByteArray())).contains("学法记录", "学习要点", "出勤情况", "学习心得");
        assertThat(fetch("cadre", "/export/sessions/" + id + "/sign-in.pdf").getStatus()).isEqualTo(403);
    }
}

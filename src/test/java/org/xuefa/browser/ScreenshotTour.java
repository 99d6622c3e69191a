package org.xuefa.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.security.SystemTask;
import org.xuefa.study.CheckInTokens;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudiedLaw;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReports;

/**
 * Not a test: walks the screens of the demo town in a real browser and writes the pictures that
 * {@code docs/screenshots/} holds, under the same names. Run it with {@code mvn -Pscreenshots test}, which writes into
 * {@code docs/screenshots/} (system property {@code xuefa.screenshots}; without it, {@code target/screenshots}). The
 * tag keeps it out of {@code mvn verify}. One walk in a fixed order, since later screens show what earlier steps
 * did (a check-in, an answer, an exam begun) and the pictures should tell one story. The two printouts become
 * pictures with Poppler's {@code pdftoppm} when it is installed.
 */
@Tag("screenshots")
class ScreenshotTour extends BrowserTestBase {
    private static final Path OUT = Path.of(System.getProperty("xuefa.screenshots", "target/screenshots"));
    private static final String PASSWORD = "demo12345";
    private static final String YEAR = "?from=2026-01-01&to=2026-12-31";

    @Autowired
    CheckInTokens tokens;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    AttendanceReports reports;

    private static void shot(WebDriver d, String name) throws IOException {
        save(d, OUT, name);
    }

    /** Opens the page, waits for the text and takes the picture. */
    private void visit(WebDriver d, String path, String text, String name) throws IOException {
        d.get(url(path));
        waitForText(d, text);
        shot(d, name);
    }

    private static WebDriver phone(WebDriver d, int width, int height) {
        d.manage().window().setSize(new Dimension(width, height));
        return d;
    }

    @Test
    void walk_the_screens() throws Exception {
        signInAndStaffing();
        inEnglish();
        cadreStartPageAndCourses();
        credentials();
        plansSessionsAndCheckIn();
        liveQuiz();
        attendanceAndMakeup();
        records();
        exams();
    }

    private void signInAndStaffing() throws Exception {
        WebDriver d = browser("zh-CN");
        d.get(url("/staffing"));
        waitFor(d).until(x -> x.getCurrentUrl().endsWith("/login"));
        waitForText(d, "用户名");
        shot(d, "login-zh");
        signIn(d, "hr", PASSWORD);
        shot(d, "dashboard-zh");
        visit(d, "/staffing", "缺编 3 人", "staffing-zh");
        phone(d, 390, 844);
        visit(d, "/staffing", "缺编 3 人", "staffing-phone-zh");
    }

    private void inEnglish() throws Exception {
        WebDriver d = browser("en-US");
        signIn(d, "leader", PASSWORD);
        visit(d, "/staffing", "5 established, 2 filled, 3 vacant", "staffing-en");
        d.get(url("/attendance"));
        waitForText(d, "Attendance rate = (present + late) / (invited − excused)");
        click(d, d.findElement(By.id("attendance-tab-units")));
        waitForText(d, "Comprehensive Enforcement Brigade");
        shot(d, "attendance-units-en");

        d = browser("en-US");
        signIn(d, "admin", PASSWORD);
        visit(d, "/admin/courses", "Reload courses", "course-admin-en");

        d = browser("en-US");
        signIn(d, "organizer", PASSWORD);
        visit(d, "/study-plan", "Q2 fell short of the plan", "study-plan-en");
    }

    private void cadreStartPageAndCourses() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", PASSWORD);
        waitForText(d, "补学任务");
        shot(d, "dashboard-cadre-zh");
        shot(d, "dashboard-makeup-zh");
        waitFor(d).until(x -> x.findElements(By.id("notification-count")).stream()
                .anyMatch(e -> !e.getText().isBlank()));
        shot(d, "dashboard-bell-zh");
        click(d, d.findElement(By.id("notification-bell")));
        waitForText(d, "您的行政执法证（44080021000124）将于");
        shot(d, "notifications-zh");
        visit(d, "/my-credentials", "44080021000124", "my-credentials-zh");

        visit(d, "/courses", "行政处罚法", "catalog-zh");
        d.get(url("/courses/admin-penalty/lesson/1"));
        waitFor(d).until(x -> !x.findElements(By.cssSelector("#lesson-body blockquote")).isEmpty());
        shot(d, "lesson-zh");
        d.get(url("/courses/admin-penalty/practice"));
        waitForText(d, "提交答案");
        WebElement choice = d.findElement(By.cssSelector(
                "#practice-choices vaadin-radio-button, #practice-choices vaadin-checkbox"));
        click(d, choice);
        waitFor(d).until(x -> choice.getAttribute("checked") != null);
        click(d, d.findElement(By.id("practice-check")));
        waitForText(d, "依据：");
        shot(d, "practice-zh");
    }

    private void credentials() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "hr", PASSWORD);
        visit(d, "/credential-types", "仅限在编人员持有", "credential-types-zh");
        visit(d, "/credentials", "44080021000098", "credentials-zh");
        click(d, waitFor(d).until(x -> x.findElements(By.linkText("苏建平")).stream().findFirst().orElse(null)));
        waitForText(d, "年审记录");
        shot(d, "credential-person-zh");

        d.get(url("/credentials/import"));
        waitForText(d, "导入已有证件");
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path bad = Files.createTempFile("credentials", ".csv");
        Files.writeString(bad, "\uFEFF工号,证件类型,证件编号,执法领域,发证日期,有效期至,发证机关\n"
                + "TP-031,ENFORCEMENT,B" + tag + "-1,城市管理,2024-01-05,,\n"
                + "TP-082,ENFORCEMENT,B" + tag + "-2,城市管理,2024-01-05,,\n", StandardCharsets.UTF_8);
        d.findElement(By.id("credential-import-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        waitForText(d, "未导入任何数据");
        shot(d, "credential-import-problems-zh");
    }

    /** Today's demo lecture, which the demo has under way with four attendees checked in. */
    private SessionRecord todaysLecture() {
        return SystemTask.run(() -> sessions.list(new SessionFilter(null, 2026, SessionKind.LECTURE,
                SessionStatus.SCHEDULED, "新修订的行政处罚法"), 0, 1).get(0));
    }

    private void plansSessionsAndCheckIn() throws Exception {
        SessionRecord lecture = todaysLecture();
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", PASSWORD);
        visit(d, "/study-plan", "第二季度未完成学法计划", "study-plan-zh");
        visit(d, "/sessions/" + lecture.id(), "应到", "session-detail-zh");
        d.get(url("/sessions/" + lecture.id() + "/projector"));
        waitFor(d).until(x -> !x.findElements(By.id("projector-code")).isEmpty()
                && !x.findElement(By.id("projector-code")).getText().isBlank());
        waitForText(d, "二维码");
        shot(d, "projector-zh");
        // the link starts with xuefa.public-url; this server listens on a random port
        String link = url(URI.create(d.findElement(By.id("projector-link")).getText()).getPath());

        WebDriver p = phone(secondBrowser("zh-CN"), 420, 860);
        signIn(p, "cadre", PASSWORD);
        p.get(link);
        waitForText(p, "签到成功");
        shot(p, "checkin-zh");
        visit(p, "/my-sessions", "以案说法：行政处罚听证程序", "my-sessions-zh");
    }

    private void liveQuiz() throws Exception {
        Long town = unit("tangpeng");
        Instant start = clock.instant().minus(Duration.ofMinutes(10));
        SessionRecord s = fixtures.as("organizer", () -> sessions.create(new SessionData(town, SessionKind.LECTURE,
                "法治讲座：行政处罚的适用", start, start.plus(Duration.ofMinutes(90)), "镇政府三楼会议室", null, "王律师",
                "镇法律顾问", List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")),
                List.of(new LessonRef("admin-penalty", 3)), Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0));
        fixtures.as("cadre", () -> attendance.checkIn(tokens.issue(s.id(), clock.instant())));

        WebDriver o = browser("zh-CN");
        signIn(o, "organizer", PASSWORD);
        o.get(url("/live"));
        click(o, waitFor(o).until(x -> x.findElements(By.id("live-run-" + s.id())).stream().findFirst().orElse(null)));
        waitForText(o, "尚未出题");
        WebDriver p = phone(secondBrowser("zh-CN"), 390, 844);
        signIn(p, "cadre", PASSWORD);
        p.get(url("/live/" + s.id()));
        waitForText(p, "请稍候，主持人即将出题");
        click(o, o.findElement(By.id("live-next")));
        waitFor(p).until(x -> !x.findElements(By.id("live-stem")).isEmpty());
        click(p, p.findElement(By.cssSelector("#live-choices vaadin-radio-button")));
        click(p, p.findElement(By.id("live-submit")));
        waitFor(p).until(x -> x.findElement(By.id("live-status")).getText().startsWith("已提交："));
        shot(p, "live-phone-question-zh");
        waitForText(o, "已作答 1 / ");
        click(o, o.findElement(By.id("live-reveal")));
        waitForText(o, "正确答案");
        shot(o, "live-control-zh");
        waitFor(p).until(x -> !x.findElements(By.id("live-verdict")).isEmpty()
                && !x.findElement(By.id("live-verdict")).getText().isBlank());
        shot(p, "live-phone-zh");
        o.get(url("/sessions/" + s.id() + "/live/screen"));
        waitForText(o, "扫码参加答题");
        waitForText(o, "正确答案");
        shot(o, "live-screen-zh");
    }

    private void attendanceAndMakeup() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", PASSWORD);
        visit(d, "/attendance", "会前学法：行政处罚决定程序与执行", "attendance-sessions-zh");
        click(d, d.findElement(By.id("attendance-tab-people")));
        waitForText(d, "连续缺席 2 次");
        shot(d, "attendance-people-zh");
        Long session = fixtures.as("organizer", () -> reports.sessions(AttendanceFilter.yearOf(
                LocalDate.of(2026, 11, 26)), 0, 50).stream().filter(r -> r.title().equals("会前学法：行政处罚决定程序与执行"))
                .findFirst().orElseThrow().sessionId());
        visit(d, "/attendance/session/" + session, "莫晓峰", "attendance-session-makeup-zh");
        visit(d, "/course-completions", "课程学习情况", "completions-zh");

        d = browser("zh-CN");
        signIn(d, "cadre", PASSWORD);
        visit(d, "/my-makeup", "请于 2026-12-10 前完成", "makeup-zh");
    }

    private void records() throws Exception {
        Long id = SystemTask.run(() -> sessions.list(new SessionFilter(null, null, SessionKind.CASE_BASED, null,
                "违法建设强制拆除"), 0, 1).get(0).id());
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", PASSWORD);
        visit(d, "/session-records", "管理范围内的学法", "session-records-zh");
        d.get(url("/sessions/" + id + "/record"));
        waitForText(d, "学法记录：以案说法：一起违法建设强制拆除案");
        waitFor(d).until(x -> !x.findElements(By.id("record-summary")).isEmpty());
        shot(d, "session-record-zh");
        ((JavascriptExecutor) d).executeScript(
                "document.getElementById('record-reflections').scrollIntoView({block: 'end'});");
        Thread.sleep(300);
        shot(d, "session-record-reflections-zh");
        printout(fetchWithSession(d, "/export/sessions/" + id + "/sign-in.pdf"), "sign-in-sheet-pdf");
        printout(fetchWithSession(d, "/export/sessions/" + id + "/record.pdf"), "session-record-pdf");

        d = browser("zh-CN");
        signIn(d, "cadre", PASSWORD);
        visit(d, "/sessions/" + id + "/record", "我的学习心得", "session-record-cadre-zh");
        d.get(url("/my-calendar"));
        waitForText(d, "日历订阅");
        if (!d.findElement(By.tagName("body")).getText().contains("订阅链接已启用")) {
            d.findElement(By.id("calendar-create")).click();
        }
        waitForText(d, "订阅链接已启用");
        shot(d, "my-calendar-zh");
    }

    /** The first page of a printout as a picture (80 dpi, as in the docs), if Poppler's pdftoppm is installed. */
    private static void printout(HttpResponse<byte[]> pdf, String name) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, pdf.body());
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(pdftoppm)) {
            System.err.println("pdftoppm not found (apt-get install poppler-utils): " + name + ".png not refreshed");
            return;
        }
        Files.createDirectories(OUT);
        Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                file.toString(), OUT.resolve(name).toString()).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pdftoppm failed for " + name);
        }
    }

    private void exams() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", PASSWORD);
        visit(d, "/manage/exams", "考试管理", "exams-manage-zh");
        click(d, waitFor(d).until(x -> x.findElements(By.xpath("//vaadin-button[contains(., '成绩')]")).stream()
                .skip(1).findFirst().orElse(null)));
        waitForText(d, "参考率");
        shot(d, "exam-results-zh");

        d = browser("zh-CN");
        signIn(d, "cadre", PASSWORD);
        d.get(url("/exams"));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("[id^=exam-open-]")).stream().findFirst()
                .orElse(null)));
        click(d, waitFor(d).until(x -> x.findElements(By.id("exam-start")).stream().findFirst().orElse(null)));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        waitFor(d).until(x -> !x.findElements(By.id("exam-progress")).isEmpty());
        for (int i = 0; i < 3; i++) {
            String stem = d.findElement(By.id("exam-stem")).getText();
            click(d, d.findElement(By.cssSelector("#exam-choices vaadin-radio-button, #exam-choices vaadin-checkbox")));
            waitFor(d).until(x -> x.findElement(By.id("save-status")).getText().startsWith("已保存 "));
            click(d, d.findElement(By.id("exam-next")));
            waitFor(d).until(x -> !x.findElement(By.id("exam-stem")).getText().equals(stem));
        }
        shot(d, "exam-zh");
        click(d, d.findElement(By.id("exam-submit")));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        waitFor(d).until(x -> x.getCurrentUrl().endsWith("/result"));
        waitForText(d, "交卷时间");
        shot(d, "exam-result-zh");
    }
}

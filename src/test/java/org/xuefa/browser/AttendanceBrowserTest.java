package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReports;

class AttendanceBrowserTest extends BrowserTestBase {
    private static final String QUERY = "?from=2026-01-01&to=2026-12-31";

    @Autowired
    AttendanceReports reports;

    @Test
    void the_organizer_reads_the_reports_with_the_flag_and_downloads_the_same_figures() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", "demo12345");
        d.get(url("/attendance"));
        waitForText(d, "会前学法：行政处罚决定程序与执行");
        screenshot(d, "attendance-sessions-zh");
        click(d, d.findElement(By.id("attendance-tab-people")));
        String people = waitForText(d, "连续缺席 2 次");
        assertThat(people).contains("莫晓峰");
        screenshot(d, "attendance-people-zh");

        HttpResponse<byte[]> csv = fetchWithSession(d, "/export/attendance/people.csv" + QUERY);
        assertThat(csv.statusCode()).isEqualTo(200);
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("姓名,工号,单位,应到").containsPattern("莫晓峰,TP-082,综合执法大队,\\d+,.*,是,");
        HttpResponse<byte[]> xlsx = fetchWithSession(d, "/export/attendance/units.xlsx" + QUERY);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("attendance-units-2026-01-01-2026-12-31.xlsx"));
        assertThat(fetchWithSession(d, "/export/attendance/nonsense.csv" + QUERY).statusCode()).isEqualTo(404);

        loginAs("organizer");
        Long session = reports.sessions(AttendanceFilter.yearOf(LocalDate.of(2026, 11, 26)), 0, 50).stream()
                .filter(r -> r.title().equals("会前学法：行政处罚决定程序与执行")).findFirst().orElseThrow().sessionId();
        d.get(url("/attendance/session/" + session));
        assertThat(waitForText(d, "罗文杰")).contains("莫晓峰", "章节 1/2 · 测验 0/1");
        screenshot(d, "attendance-session-makeup-zh");
    }

    @Test
    void the_cadre_sees_the_make_up_task_and_cannot_download_a_report() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", "demo12345");
        waitForText(d, "补学任务");
        screenshot(d, "dashboard-makeup-zh");
        d.get(url("/my-makeup"));
        assertThat(waitForText(d, "会前学法：行政处罚决定程序与执行")).contains("请于 2026-12-10 前完成", "通过测验：行政处罚法");
        screenshot(d, "makeup-zh");
        assertThat(fetchWithSession(d, "/export/attendance/people.csv" + QUERY).statusCode()).isEqualTo(403);
    }

    @Test
    void an_english_leader_reads_the_units_report_in_english() throws Exception {
        WebDriver d = browser("en-US");
        d.get(url("/login"));
        waitForText(d, "Sign in");
        signIn(d, "leader", "demo12345");
        d.get(url("/attendance"));
        waitForText(d, "Attendance rate = (present + late) / (invited − excused)");
        click(d, d.findElement(By.id("attendance-tab-units")));
        assertThat(waitForText(d, "Total")).contains("Comprehensive Enforcement Brigade");
        screenshot(d, "attendance-units-en");
    }
}

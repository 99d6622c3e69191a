package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.xuefa.security.SystemTask;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;

/**
 * The demo record's printouts, downloaded with the browser's own session as a click on the link would (their
 * contents and who may fetch them: {@code ExportEndpointsTest}).
 */
class StudyRecordBrowserTest extends BrowserTestBase {

    private Long demoSession() {
        return SystemTask.run(() -> sessions.list(new SessionFilter(null, null, SessionKind.CASE_BASED, null,
                "违法建设强制拆除"), 0, 1).get(0).id());
    }

    @Test
    void the_organizer_opens_the_record_and_downloads_the_sign_in_sheet_with_the_browsers_session() throws Exception {
        Long id = demoSession();
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", "demo12345");
        d.get(url("/sessions/" + id + "/record"));
        String text = waitForText(d, "学法记录：以案说法：一起违法建设强制拆除案");
        assertThat(text).contains("打印签到表（PDF）", "学习心得", "已提交心得");
        waitFor(d).until(x -> !x.findElements(By.id("record-summary")).isEmpty());

        HttpResponse<byte[]> sheet = fetchWithSession(d, "/export/sessions/" + id + "/sign-in.pdf");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(sheet.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<byte[]> record = fetchWithSession(d, "/export/sessions/" + id + "/record.pdf");
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }
}

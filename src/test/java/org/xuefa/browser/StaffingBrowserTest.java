package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

class StaffingBrowserTest extends BrowserTestBase {

    @Test
    void anonymous_visitors_are_sent_to_a_chinese_login_page() throws Exception {
        WebDriver d = browser("zh-CN");
        d.get(url("/staffing"));
        waitFor(d).until(x -> x.getCurrentUrl().endsWith("/login"));
        assertThat(waitForText(d, "登录")).contains("用户名");
        screenshot(d, "login-zh");
        HttpResponse<byte[]> export = fetchWithSession(d, "/export/staffing-gaps.csv");
        assertThat(export.statusCode()).isEqualTo(302);
        assertThat(export.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void hr_signs_in_sees_the_brigade_gap_and_downloads_the_same_figures() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "hr", "demo12345");
        screenshot(d, "dashboard-zh");
        d.get(url("/staffing"));
        String text = waitForText(d, "综合执法大队（执法岗位）：编制 5 人，实有 2 人，缺编 3 人");
        assertThat(text).contains("持有效行政执法证 1 人（其中 1 人 90 天内到期）；1 人在编在岗但无有效行政执法证；"
                + "3 人兼职从事执法工作但无行政执法证；可经培训考试取证补齐 4 人，需招录或调整编制 3 人");
        screenshot(d, "staffing-zh");

        HttpResponse<byte[]> csv = fetchWithSession(d, "/export/staffing-gaps.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("综合执法大队,执法岗位,5,2,3,0,3,1,1,3,4,3,1");
        HttpResponse<byte[]> xlsx = fetchWithSession(d, "/export/staffing-gaps.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("staffing-gaps.xlsx"));

        d.manage().window().setSize(new Dimension(390, 844));
        d.get(url("/staffing"));
        waitForText(d, "缺编 3 人");
        assertThat(d.findElements(By.tagName("vaadin-drawer-toggle"))).isNotEmpty();
        screenshot(d, "staffing-phone-zh");
    }

    @Test
    void an_english_browser_gets_the_report_in_english() throws Exception {
        WebDriver d = browser("en-US");
        d.get(url("/login"));
        waitForText(d, "Sign in");
        signIn(d, "leader", "demo12345");
        d.get(url("/staffing"));
        assertThat(waitForText(d, "5 established, 2 filled, 3 vacant")).contains("Staffing gaps");
        screenshot(d, "staffing-en");
    }

    @Test
    void a_cadre_can_neither_open_the_report_nor_download_it() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", "demo12345");
        assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("编制缺口");
        d.get(url("/staffing"));
        Thread.sleep(1500);
        assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("缺编 3 人");
        HttpResponse<byte[]> csv = fetchWithSession(d, "/export/staffing-gaps.csv");
        assertThat(csv.statusCode()).isEqualTo(403);
        screenshot(d, "dashboard-cadre-zh");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        WebDriver d = browser("zh-CN");
        d.get(url("/login"));
        waitFor(d).until(x -> !x.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        d.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("hr");
        d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("wrong-password");
        d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(d).until(x -> x.getCurrentUrl().contains("error"));
        assertThat(waitForText(d, "用户名或密码错误")).isNotEmpty();
    }
}

package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class CredentialBrowserTest extends BrowserTestBase {

    @Test
    void the_cadre_follows_the_bell_to_the_expiring_certificate() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", "demo12345");
        String count = waitFor(d).until(x -> x.findElements(By.id("notification-count")).stream()
                .filter(e -> !e.getText().isBlank()).map(e -> e.getText()).findFirst().orElse(null));
        assertThat(Integer.parseInt(count)).isPositive();
        screenshot(d, "dashboard-bell-zh");
        click(d, d.findElement(By.id("notification-bell")));
        waitForText(d, "您的行政执法证（44080021000124）将于");
        screenshot(d, "notifications-zh");
        d.get(url("/my-credentials"));
        assertThat(waitForText(d, "44080021000124")).contains("即将到期", "年审风险");
        screenshot(d, "my-credentials-zh");
        d.get(url("/credentials"));
        Thread.sleep(1000);
        assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("44080021000123");
    }

    @Test
    void hr_sees_the_register_and_a_persons_history() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "hr", "demo12345");
        d.get(url("/credentials"));
        assertThat(waitForText(d, "44080021000098")).contains("暂停（年审未通过）", "学时进度不足");
        screenshot(d, "credentials-zh");
        click(d, waitFor(d).until(x -> x.findElements(By.linkText("苏建平")).stream().findFirst().orElse(null)));
        assertThat(waitForText(d, "年审记录")).contains("未按期参加年度审验");
        screenshot(d, "credential-person-zh");
    }
}

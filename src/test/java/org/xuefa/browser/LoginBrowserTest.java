package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signing in through Vaadin's login form, in the browser's language. */
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void anonymous_visitors_are_sent_to_a_chinese_login_page() throws Exception {
        WebDriver d = browser("zh-CN");
        d.get(url("/staffing"));
        waitFor(d).until(x -> x.getCurrentUrl().endsWith("/login"));
        assertThat(waitForText(d, "登录")).contains("用户名");
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

    @Test
    void an_english_browser_signs_in_and_gets_the_report_in_english() throws Exception {
        WebDriver d = browser("en-US");
        d.get(url("/login"));
        waitForText(d, "Sign in");
        signIn(d, "leader", "demo12345");
        d.get(url("/staffing"));
        assertThat(waitForText(d, "5 established, 2 filled, 3 vacant")).contains("Staffing gaps");
    }
}

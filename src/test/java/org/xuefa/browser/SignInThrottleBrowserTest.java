package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Vaadin's login form, posted by a real browser, until the sign-in throttle refuses and says until when. */
class SignInThrottleBrowserTest extends BrowserTestBase {
    @Autowired
    JdbcTemplate jdbc;

    /**
     * The test clock stands still, so a count against the loopback address would never expire: forget it, or the
     * other browser tests in this JVM could not sign in.
     */
    @AfterEach
    void forgetTheLoopbackAddress() {
        jdbc.update("delete from sign_in_throttle where kind = 'ADDRESS'");
    }

    private void submit(WebDriver d, String username, String password) {
        d.get(url("/login"));
        WebElement user = waitFor(d).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(d).until(ExpectedConditions.urlContains("error"));
    }

    @Test
    void after_repeated_failures_the_login_page_says_when_to_try_again() throws Exception {
        WebDriver d = browser("zh-CN");
        // a user name of this test only: its delays outlive the test under the standing clock
        String username = "t" + UUID.randomUUID().toString().substring(0, 7);
        for (int i = 0; i < 4; i++) {
            submit(d, username, "wrong-password-" + i);
            waitForText(d, "用户名或密码");
        }
        submit(d, username, "wrong-password-again");
        String page = waitForText(d, "登录失败次数过多");
        assertThat(page).contains("2026-11-26 10:00:02");
    }
}

package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The bell in the navbar: its count comes with the page, and clicking it opens the notification centre. */
class CredentialBrowserTest extends BrowserTestBase {

    @Test
    void the_cadre_follows_the_bell_to_the_expiring_certificate() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", "demo12345");
        String count = waitFor(d).until(x -> x.findElements(By.id("notification-count")).stream()
                .filter(e -> !e.getText().isBlank()).map(e -> e.getText()).findFirst().orElse(null));
        assertThat(Integer.parseInt(count)).isPositive();
        click(d, d.findElement(By.id("notification-bell")));
        waitForText(d, "您的行政执法证（44080021000124）将于");
    }
}

package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Vaadin runs under the Content-Security-Policy: signing in and the start page cause no violation. */
class CspBrowserTest extends BrowserTestBase {

    private static List<String> violations(WebDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    @Test
    void the_login_page_and_the_start_page_work_with_no_csp_violation() throws Exception {
        WebDriver d = browser("zh-CN");
        violations(d); // drop what earlier pages logged
        signIn(d, "organizer", "demo12345");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        waitForText(d, "梁晓君");
        assertThat(violations(d)).isEmpty();

        // the check can see a violation: an image from elsewhere is refused and logged
        ((JavascriptExecutor) d).executeScript(
                "const i = document.createElement('img'); i.src = 'http://example.invalid/x.png'; document.body.append(i);");
        waitFor(d).until(x -> !violations(x).isEmpty());
    }
}

package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xuefa.security.AccessMatrix;
import org.xuefa.security.AccessMatrixIds;

/**
 * Issue 12's acceptance in a real browser: signed out and then as each demo account, one Chromium opens every
 * screen the {@link AccessMatrix} lets that user open (push screens such as the projector included), and fails on
 * any Content-Security-Policy violation in the console and on any error page. Console errors that are not CSP
 * violations are printed, not failed on.
 */
class CspWalkBrowserTest extends BrowserTestBase {
    private static final List<String> ERROR_PAGES = List.of("There was an exception while trying to navigate",
            "Could not navigate to", "Whitelabel Error Page", "Internal error", "Access denied");

    @Autowired
    ApplicationContext context;

    @Test
    void every_screen_each_demo_account_may_open_shows_without_csp_violation_or_error_page() throws Exception {
        AccessMatrixIds ids = AccessMatrixIds.of(context, fixtures, clock.instant());
        WebDriver d = browser("zh-CN");
        d.manage().logs().get(LogType.BROWSER); // drop what the start logged
        List<String> problems = new ArrayList<>();
        List<String> otherConsoleErrors = new ArrayList<>();
        int pages = 0;
        long started = System.nanoTime();
        for (String column : List.of("anon", "cadre", "organizer", "hr", "leader", "admin")) {
            d.manage().deleteAllCookies();
            if (!column.equals("anon")) {
                signIn(d, ids.username(column), "demo12345");
            }
            for (AccessMatrix.Row row : AccessMatrix.rows()) {
                if (!row.isView() || !row.expected().get(column).equals("ok")) {
                    continue;
                }
                String path = ids.resolve(row.path());
                d.get(url(path));
                settle(d);
                pages++;
                String where = column + " " + row.path();
                String text = d.findElement(By.tagName("body")).getText();
                ERROR_PAGES.stream().filter(text::contains).forEach(m -> problems.add(where + ": error page (" + m + ")"));
                if (!path.equals("/login") && d.getCurrentUrl().endsWith("/login")) {
                    problems.add(where + ": sent to the login page");
                }
                for (LogEntry entry : d.manage().logs().get(LogType.BROWSER).getAll()) {
                    String message = entry.getMessage();
                    if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                        problems.add(where + ": " + message);
                    } else if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                        otherConsoleErrors.add(where + ": " + message);
                    }
                }
            }
        }
        System.out.printf("CSP walk: %d pages in %d s%n", pages, (System.nanoTime() - started) / 1_000_000_000L);
        otherConsoleErrors.forEach(e -> System.out.println("console error (not CSP): " + e));
        assertThat(problems).isEmpty();
    }

    /** Waits until Vaadin has started on the page and answered every request, and push (if any) had a moment. */
    private void settle(WebDriver d) {
        waitFor(d).until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                "const f = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!f || !f.clients || Object.keys(f.clients).length === 0) return false;"
                        + "return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
        waitFor(d).until(x -> ((JavascriptExecutor) x).executeScript("return document.readyState").equals("complete"));
    }
}

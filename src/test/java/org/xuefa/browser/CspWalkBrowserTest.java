package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * screen the {@link AccessMatrix} lets that user open and no account before it in the walk has opened (push screens
 * such as the projector included), and fails on any Content-Security-Policy violation in the console and on any
 * error page. A screen is the same page for every role that may open it (the policy is one header for the whole
 * app), so each is walked once, by the first account the matrix allows, which keeps the walk to about 60 pages.
 * Console errors that are not CSP violations are printed, not failed on.
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
        Set<String> walked = new HashSet<>();
        long started = System.nanoTime();
        for (String column : List.of("anon", "cadre", "organizer", "hr", "leader", "admin")) {
            d.manage().deleteAllCookies();
            if (!column.equals("anon")) {
                signIn(d, ids.username(column), "demo12345");
            }
            for (AccessMatrix.Row row : AccessMatrix.rows()) {
                if (!row.isView() || !row.expected().get(column).equals("ok") || !walked.add(row.path())) {
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

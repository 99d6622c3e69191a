package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.study.CheckInTokens;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.support.Fixtures;

/**
 * Checking in by the projector's link: the count on the projector rises by push, and a phone that scanned before
 * signing in comes back to the link after the login. Each test holds a session of a town of its own.
 */
class StudySessionBrowserTest extends BrowserTestBase {
    private static final Pattern COUNT = Pattern.compile("(\\d+) / (\\d+)");

    @Autowired
    CheckInTokens tokens;
    @Autowired
    SessionRoster rosters;

    private static int checkedIn(WebDriver d) {
        Matcher m = COUNT.matcher(d.findElement(By.id("projector-count")).getText());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private int attended(Town town, SessionRecord session) {
        return fixtures.as(town.organizer(), () -> rosters.counts(session.id()).attended());
    }

    @Test
    void the_cadre_checks_in_from_the_projectors_link_and_the_count_rises_without_a_reload() throws Exception {
        Town town = newTown();
        SessionRecord session = lecture(town, Duration.ofMinutes(-10), List.of());
        WebDriver projector = browser("zh-CN");
        signIn(projector, town.organizer(), Fixtures.PASSWORD);
        projector.get(url("/sessions/" + session.id() + "/projector"));
        waitFor(projector).until(x -> !x.findElements(By.id("projector-code")).isEmpty()
                && !x.findElement(By.id("projector-code")).getText().isBlank());
        waitForText(projector, "二维码");
        assertThat(checkedIn(projector)).isZero();
        String shown = projector.findElement(By.id("projector-link")).getText();
        // the link starts with xuefa.public-url; this test's server listens on a random port
        assertThat(shown).contains("/checkin/");
        String link = url(URI.create(shown).getPath());

        WebDriver phone = secondBrowser("zh-CN");
        phone.manage().window().setSize(new Dimension(420, 860));
        signIn(phone, town.cadre().username(), Fixtures.PASSWORD);
        phone.get(link);
        assertThat(waitForText(phone, "签到成功")).contains(session.title());

        // pushed to the projector: no reload
        String projectorUrl = projector.getCurrentUrl();
        waitFor(projector).until(x -> checkedIn(x) == 1);
        assertThat(projector.getCurrentUrl()).isEqualTo(projectorUrl);

        phone.get(link);
        waitForText(phone, "您已签到");
        Thread.sleep(1500);
        assertThat(checkedIn(projector)).isEqualTo(1);
        assertThat(attended(town, session)).isEqualTo(1);
    }

    @Test
    void a_signed_out_phone_scans_signs_in_and_comes_back_checked_in() throws Exception {
        Town town = newTown();
        SessionRecord session = lecture(town, Duration.ofMinutes(-10), List.of());
        String code = tokens.issue(session.id(), clock.instant());
        WebDriver phone = secondBrowser("zh-CN");
        phone.get(url("/checkin/" + code));
        waitFor(phone).until(x -> x.getCurrentUrl().contains("/login"));
        // typing the password takes longer than the code lives: the scan before the login still counts
        clock.advance(Duration.ofSeconds(90));
        signInOnPage(phone, town.cadre().username(), Fixtures.PASSWORD);
        waitFor(phone).until(x -> x.getCurrentUrl().contains("/checkin/" + code));
        assertThat(waitForText(phone, "签到成功")).contains(session.title());
        assertThat(attended(town, session)).isEqualTo(1);
    }

    /** Fills Vaadin's login form on the page already open (after a redirect). */
    private void signInOnPage(WebDriver d, String username, String password) {
        var user = waitFor(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }
}

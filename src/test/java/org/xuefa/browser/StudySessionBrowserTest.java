package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.study.CheckInTokens;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;

/**
 * The check-in flow with two browsers: the organizer's projector and the cadre's phone. The test clock stands
 * still, so the projector's code stays the same throughout and an old code is made with the token service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudySessionBrowserTest extends BrowserTestBase {
    private static final Pattern COUNT = Pattern.compile("(\\d+) / (\\d+)");

    @Autowired
    StudySessions sessions;
    @Autowired
    CheckInTokens tokens;

    private SessionRecord todaysSession() {
        loginAs("organizer");
        return sessions.list(new SessionFilter(null, 2026, SessionKind.LECTURE, SessionStatus.SCHEDULED,
                "新修订的行政处罚法"), 0, 1).get(0);
    }

    private static int checkedIn(WebDriver d) {
        Matcher m = COUNT.matcher(d.findElement(By.id("projector-count")).getText());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    @Order(1)
    void the_cadre_checks_in_from_the_projectors_link_and_the_count_rises_without_a_reload() throws Exception {
        SessionRecord session = todaysSession();
        WebDriver projector = browser("zh-CN");
        signIn(projector, "organizer", "demo12345");
        projector.get(url("/sessions/" + session.id() + "/projector"));
        waitFor(projector).until(x -> !x.findElements(By.id("projector-code")).isEmpty()
                && !x.findElement(By.id("projector-code")).getText().isBlank());
        waitForText(projector, "二维码");
        int before = checkedIn(projector);
        assertThat(before).isGreaterThanOrEqualTo(4);
        String shown = projector.findElement(By.id("projector-link")).getText();
        // the link starts with xuefa.public-url; this test's server listens on a random port
        assertThat(shown).contains("/checkin/");
        String link = url(java.net.URI.create(shown).getPath());
        screenshot(projector, "projector-zh");

        WebDriver phone = secondBrowser("zh-CN");
        phone.manage().window().setSize(new org.openqa.selenium.Dimension(420, 860));
        signIn(phone, "cadre", "demo12345");
        phone.get(link);
        assertThat(waitForText(phone, "签到成功")).contains(session.title(), "罗文杰");
        screenshot(phone, "checkin-zh");

        // pushed to the projector: no reload
        String projectorUrl = projector.getCurrentUrl();
        waitFor(projector).until(x -> checkedIn(x) == before + 1);
        waitForText(projector, "罗文杰");
        assertThat(projector.getCurrentUrl()).isEqualTo(projectorUrl);
        screenshot(projector, "projector-after-zh");

        phone.get(link);
        waitForText(phone, "您已签到");
        Thread.sleep(1500);
        assertThat(checkedIn(projector)).isEqualTo(before + 1);
        loginAs("organizer");
        assertThat(sessions.counts(session.id()).attended()).isEqualTo(before + 1);

        String old = tokens.issue(session.id(), clock.instant().minusSeconds(
                CheckInTokens.ROTATION_SECONDS + tokens.graceSeconds() + 1));
        phone.get(url("/checkin/" + old));
        assertThat(waitForText(phone, "签到码已过期")).contains("重新扫描");
        phone.get(url("/checkin/" + old.substring(0, old.length() - 1) + (old.endsWith("0") ? "1" : "0")));
        waitForText(phone, "签到码无效");
        screenshot(phone, "checkin-refused-zh");
        assertThat(sessions.counts(session.id()).attended()).isEqualTo(before + 1);
    }

    @Test
    @Order(2)
    void a_signed_out_phone_signs_in_and_comes_back_to_the_link() throws Exception {
        SessionRecord session = todaysSession();
        String code = tokens.issue(session.id(), clock.instant());
        WebDriver phone = secondBrowser("zh-CN");
        phone.get(url("/checkin/" + code));
        waitFor(phone).until(x -> x.getCurrentUrl().contains("/login"));
        // typing the password takes longer than the code lives: the scan before the login still counts
        clock.advance(java.time.Duration.ofSeconds(90));
        signInOnPage(phone, "cadre", "demo12345");
        waitFor(phone).until(x -> x.getCurrentUrl().contains("/checkin/" + code));
        waitForText(phone, "您已签到");
    }

    @Test
    @Order(3)
    void the_plan_shows_the_quarter_that_fell_short_and_the_cadre_sees_their_sessions() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", "demo12345");
        d.get(url("/study-plan"));
        assertThat(waitForText(d, "第二季度未完成学法计划")).contains("领导班子集体学法");
        screenshot(d, "study-plan-zh");
        d.get(url("/sessions"));
        waitForText(d, "法治讲座：新修订的行政处罚法要点");
        screenshot(d, "sessions-zh");
        d.get(url("/sessions/" + todaysSession().id()));
        waitForText(d, "应到");
        screenshot(d, "session-detail-zh");

        WebDriver en = browser("en-US");
        signIn(en, "organizer", "demo12345");
        en.get(url("/study-plan"));
        assertThat(waitForText(en, "Q2 fell short of the plan")).doesNotContain("!study.");
        screenshot(en, "study-plan-en");

        WebDriver phone = secondBrowser("zh-CN");
        phone.manage().window().setSize(new org.openqa.selenium.Dimension(420, 860));
        signIn(phone, "cadre", "demo12345");
        phone.get(url("/my-sessions"));
        waitForText(phone, "以案说法：行政处罚听证程序");
        screenshot(phone, "my-sessions-zh");
    }

    /** Fills Vaadin's login form on the page already open (after a redirect). */
    private void signInOnPage(WebDriver d, String username, String password) {
        var wait = waitFor(d);
        var user = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }
}

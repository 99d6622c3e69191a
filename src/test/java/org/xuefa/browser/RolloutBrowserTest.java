package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.UnitKind;
import org.xuefa.study.LeaveRecord;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionLeave;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;

/**
 * Issue 13's acceptance in a real browser, in Chinese, with screenshots in {@code target/screenshots-rollout}: the
 * roll-out of the brigade and its slips, the first sign-in of a new account, the organizer's start page, HR opening a
 * session from the list, and the projector of a future session.
 */
class RolloutBrowserTest extends BrowserTestBase {
    private static final Path OUT = Path.of("target", "screenshots-rollout");
    private static final Pattern ONE_TIME = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

    @Autowired
    SessionLeave leaves;

    private SessionRecord brigadeSession(Duration fromNow) {
        Instant start = clock.instant().plus(fromNow);
        return fixtures.as("organizer", () -> sessions.create(new SessionData(unit("tangpeng"), SessionKind.CASE_BASED,
                "以案说法：执法程序 " + UUID.randomUUID().toString().substring(0, 4), start,
                start.plus(Duration.ofMinutes(90)), "大队会议室", null, "王律师", "镇法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0));
    }

    @Test
    void admin_rolls_out_the_brigade_and_the_new_account_must_choose_a_password() throws Exception {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        fixtures.newOfficial(squad);
        fixtures.newOfficial(squad);
        WebDriver d = browser("zh-CN");
        signIn(d, "admin", "demo12345");
        d.get(url("/officials"));
        click(d, waitFor(d).until(ExpectedConditions.elementToBeClickable(By.id("rollout-open"))));
        WebElement unitInput = waitFor(d).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#rollout-unit input")));
        unitInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), "综合执法大队");
        waitForText(d, "石角镇综合执法大队");
        unitInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitFor(d).until(x -> x.findElement(By.id("rollout-count")).getText().matches(".*[1-9].*"));
        save(d, OUT, "rollout-before-zh");
        click(d, d.findElement(By.id("rollout-create")));
        String text = waitForText(d, "下载登录凭条");
        save(d, OUT, "rollout-created-zh");
        Matcher m = ONE_TIME.matcher(text);
        assertThat(m.find()).as("a one-time password on the screen").isTrue();
        String password = m.group();
        String rowText = text.substring(0, m.start());
        String username = rowText.substring(rowText.lastIndexOf("fx-")).trim();

        String href = d.findElement(By.id("rollout-pdf")).getAttribute("href");
        var pdf = fetchWithSession(d, path(href));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("rollout-slips.pdf"), pdf.body());

        WebDriver newcomer = secondBrowser("zh-CN");
        newcomer.get(url("/login"));
        WebElement user = waitFor(newcomer).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        newcomer.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        newcomer.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(newcomer).until(x -> x.getCurrentUrl().contains("change-password"));
        waitForText(newcomer, "密码");
        save(newcomer, OUT, "first-sign-in-zh");
    }

    private static String path(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void the_organizer_approves_leave_from_the_start_page_and_hr_opens_the_session_from_the_list() throws Exception {
        SessionRecord s = brigadeSession(Duration.ofDays(2));
        LeaveRecord asked = fixtures.as("cadre", () -> leaves.askLeave(s.id(), "参加县执法培训"));
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", "demo12345");
        waitForText(d, "参加县执法培训");
        save(d, OUT, "organizer-start-zh");
        click(d, d.findElement(By.id("inbox-approve-" + asked.id())));
        waitForText(d, "已批准");
        save(d, OUT, "organizer-approved-zh");
        d.get(url("/sessions/" + s.id() + "/projector"));
        waitForText(d, "签到将于");
        save(d, OUT, "projector-future-zh");
        SessionRecord soon = brigadeSession(Duration.ofMinutes(5));
        d.get(url("/sessions/" + soon.id() + "/projector"));
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projector-qr svg")));
        save(d, OUT, "projector-open-zh");
        assertThat(d.findElement(By.cssSelector("#projector-qr svg")).getSize().getWidth()).isGreaterThan(500);

        d = browser("zh-CN");
        signIn(d, "hr", "demo12345");
        d.get(url("/sessions"));
        click(d, waitFor(d).until(ExpectedConditions.elementToBeClickable(By.id("session-open-" + s.id()))));
        waitForText(d, "不能修改");
        save(d, OUT, "hr-session-zh");
    }
}

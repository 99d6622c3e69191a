package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.TestClockConfig;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.CheckInTokens;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/**
 * The live quiz between two real browsers: the organizer opens a question, the cadre's phone shows it within
 * two seconds by push and answers, the organizer sees the answer counted and reveals the distribution.
 */
class LiveQuizBrowserTest extends BrowserTestBase {
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    CheckInTokens tokens;
    @Autowired
    OrgUnits orgUnits;

    /**
     * A lecture under way like the demo's, of its own, so that checking the cadre in leaves the demo session as it
     * was for other tests; the cadre checks in with the projector's code.
     */
    private SessionRecord sessionWithCadreCheckedIn() {
        loginAs("organizer");
        Long town = unit("tangpeng");
        Instant start = TestClockConfig.NOW.minus(Duration.ofMinutes(10));
        SessionRecord s = sessions.create(new SessionData(town, SessionKind.LECTURE,
                "法治讲座：行政处罚的适用 " + UUID.randomUUID().toString().substring(0, 4), start,
                start.plus(Duration.ofMinutes(90)), "镇政府三楼会议室", null, "王律师", "镇法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(new LessonRef("admin-penalty", 3)),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0);
        loginAs("cadre");
        attendance.checkIn(tokens.issue(s.id(), TestClockConfig.NOW));
        logout();
        return s;
    }

    private Long unit(String code) {
        return orgUnits.visibleTree().stream().filter(u -> code.equals(u.code())).map(OrgUnitRecord::id).findFirst()
                .orElseThrow();
    }

    private static String text(WebDriver d, String id) {
        List<WebElement> found = d.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void the_cadre_sees_the_organizers_question_within_two_seconds_answers_and_the_organizer_sees_it_counted()
            throws Exception {
        SessionRecord s = sessionWithCadreCheckedIn();
        WebDriver organizer = browser("zh-CN");
        signIn(organizer, "organizer", "demo12345");
        organizer.get(url("/live"));
        click(organizer, waitFor(organizer).until(x -> x.findElements(By.id("live-run-" + s.id())).stream()
                .findFirst().orElse(null)));
        waitFor(organizer).until(x -> !x.findElements(By.id("live-next")).isEmpty());
        waitForText(organizer, "尚未出题");

        WebDriver phone = secondBrowser("zh-CN");
        phone.manage().window().setSize(new Dimension(390, 844));
        signIn(phone, "cadre", "demo12345");
        phone.get(url("/live/" + s.id()));
        waitForText(phone, "请稍候，主持人即将出题");

        long clicked = System.nanoTime();
        click(organizer, organizer.findElement(By.id("live-next")));
        new WebDriverWait(phone, Duration.ofSeconds(2)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(x -> !x.findElements(By.id("live-stem")).isEmpty());
        long shownAfterMillis = (System.nanoTime() - clicked) / 1_000_000;
        assertThat(shownAfterMillis).as("the question reaches the phone within two seconds").isLessThan(2000);
        String stem = text(phone, "live-stem");
        assertThat(stem).isEqualTo(waitFor(organizer).until(x -> {
            String t = text(x, "live-board-stem");
            return t.isEmpty() ? null : t;
        }));
        assertThat(text(organizer, "live-answered")).isEqualTo("已作答 0 / 1 人");

        click(phone, phone.findElement(By.cssSelector("#live-choices vaadin-radio-button")));
        click(phone, phone.findElement(By.id("live-submit")));
        waitFor(phone).until(x -> text(x, "live-status").startsWith("已提交："));
        screenshot(phone, "live-phone-question-zh");

        waitFor(organizer).until(x -> text(x, "live-answered").equals("已作答 1 / 1 人"));

        // the phone loses its connection and opens the page again: the question and the answer are still there
        phone.navigate().refresh();
        waitFor(phone).until(x -> text(x, "live-status").startsWith("已提交："));
        assertThat(text(phone, "live-stem")).isEqualTo(stem);

        click(organizer, organizer.findElement(By.id("live-reveal")));
        waitForText(organizer, "正确答案");
        assertThat(organizer.findElements(By.cssSelector(".xf-live-bar"))).hasSizeGreaterThanOrEqualTo(2);
        screenshot(organizer, "live-control-zh");

        waitFor(phone).until(x -> !text(x, "live-verdict").isEmpty());
        assertThat(text(phone, "live-verdict")).isIn("回答正确！", "回答错误。");
        assertThat(text(phone, "live-score")).matches("已答对 [01] / 1 题");
        screenshot(phone, "live-phone-zh");

        organizer.get(url("/sessions/" + s.id() + "/live/screen"));
        waitForText(organizer, "扫码参加答题");
        assertThat(waitForText(organizer, "正确答案")).contains(stem);
        screenshot(organizer, "live-screen-zh");
    }
}

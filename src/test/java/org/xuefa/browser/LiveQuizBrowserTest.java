package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.study.CheckInTokens;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionRecord;
import org.xuefa.support.Fixtures;

/**
 * The live quiz between two real browsers: the organizer opens a question, the cadre's phone shows it within
 * two seconds by push and answers, the organizer sees the answer counted and reveals the distribution; the phone
 * reloads and finds its answer.
 */
class LiveQuizBrowserTest extends BrowserTestBase {
    @Autowired
    SessionAttendance attendance;
    @Autowired
    CheckInTokens tokens;

    private static String text(WebDriver d, String id) {
        List<WebElement> found = d.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void the_cadre_sees_the_organizers_question_within_two_seconds_answers_and_the_organizer_sees_it_counted()
            throws Exception {
        // a lecture under way, linked to a lesson with questions; the cadre checks in with the projector's code
        Town town = newTown();
        SessionRecord s = lecture(town, Duration.ofMinutes(10), List.of(new LessonRef("admin-penalty", 3)));
        fixtures.as(town.cadre().username(), () -> attendance.checkIn(tokens.issue(s.id(), clock.instant())));
        WebDriver organizer = browser("zh-CN");
        signIn(organizer, town.organizer(), Fixtures.PASSWORD);
        organizer.get(url("/live"));
        click(organizer, waitFor(organizer).until(x -> x.findElements(By.id("live-run-" + s.id())).stream()
                .findFirst().orElse(null)));
        waitFor(organizer).until(x -> !x.findElements(By.id("live-next")).isEmpty());
        waitForText(organizer, "尚未出题");

        WebDriver phone = secondBrowser("zh-CN");
        phone.manage().window().setSize(new Dimension(390, 844));
        signIn(phone, town.cadre().username(), Fixtures.PASSWORD);
        phone.get(url("/live/" + s.id()));
        waitForText(phone, "请稍候，主持人即将出题");

        long clicked = System.nanoTime();
        click(organizer, organizer.findElement(By.id("live-next")));
        new WebDriverWait(phone, Duration.ofSeconds(2)).ignoring(StaleElementReferenceException.class)
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

        waitFor(organizer).until(x -> text(x, "live-answered").equals("已作答 1 / 1 人"));

        // the phone loses its connection and opens the page again: the question and the answer are still there
        phone.navigate().refresh();
        waitFor(phone).until(x -> text(x, "live-status").startsWith("已提交："));
        assertThat(text(phone, "live-stem")).isEqualTo(stem);

        click(organizer, organizer.findElement(By.id("live-reveal")));
        waitForText(organizer, "正确答案");
        assertThat(organizer.findElements(By.cssSelector(".xf-live-bar"))).hasSizeGreaterThanOrEqualTo(2);

        waitFor(phone).until(x -> !text(x, "live-verdict").isEmpty());
        assertThat(text(phone, "live-verdict")).isIn("回答正确！", "回答错误。");
        assertThat(text(phone, "live-score")).matches("已答对 [01] / 1 题");

        organizer.get(url("/sessions/" + s.id() + "/live/screen"));
        waitForText(organizer, "扫码参加答题");
        assertThat(waitForText(organizer, "正确答案")).contains(stem);
    }
}

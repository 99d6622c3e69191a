package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.course.QuestionType;
import org.xuefa.people.AudienceRule;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.quiz.Section;
import org.xuefa.support.Fixtures;

/**
 * Taking an exam in a real browser: answers are saved as they are given, the countdown runs on the page, and a
 * reload comes back to the same attempt with the answers kept. The exam belongs to a town of the test's own.
 */
class ExamBrowserTest extends BrowserTestBase {
    @Autowired
    Exams exams;

    /** As an organizer of the town: an exam of 20 single-choice questions for the town, open since yesterday. */
    private void openExam(Town town) {
        Instant now = clock.instant();
        fixtures.as(town.organizer(), () -> {
            ExamRecord exam = exams.create(new ExamSettings("浏览器测试考试 " + Fixtures.unique(), ExamKind.ANNUAL,
                    town.id(), null, Set.of(AudienceRule.unit(town.id())), now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(10)), null, null, 90, List.of(Section.of(QuestionType.SINGLE, 20, 5)),
                    Bands.DEFAULT, 3, Counting.HIGHEST, false, ReviewPolicy.AFTER_SUBMIT, false));
            exams.publish(exam.id(), exam.version());
        });
    }

    private static int answered(WebDriver d) {
        String text = d.findElement(By.id("exam-progress")).getText(); // "已答 n / 80"
        return Integer.parseInt(text.replaceAll("[^0-9/]", "").split("/")[0]);
    }

    @Test
    void the_cadre_answers_three_questions_reloads_sees_them_and_submits() throws Exception {
        Town town = newTown();
        openExam(town);
        WebDriver d = browser("zh-CN");
        signIn(d, town.cadre().username(), Fixtures.PASSWORD);
        d.get(url("/exams"));
        WebElement open = waitFor(d).until(x -> x.findElements(By.cssSelector("[id^=exam-open-]")).stream()
                .findFirst().orElse(null));
        click(d, open);
        click(d, waitFor(d).until(x -> x.findElements(By.id("exam-start")).stream().findFirst().orElse(null)));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        waitFor(d).until(x -> x.getCurrentUrl().contains("/attempts/"));
        waitFor(d).until(x -> !x.findElements(By.id("exam-progress")).isEmpty());
        String attemptUrl = d.getCurrentUrl();
        int before = answered(d);
        for (int i = 0; i < 3; i++) {
            String stem = d.findElement(By.id("exam-stem")).getText();
            WebElement choice = d.findElement(By.cssSelector(
                    "#exam-choices vaadin-radio-button, #exam-choices vaadin-checkbox"));
            click(d, choice);
            waitFor(d).until(x -> x.findElement(By.id("save-status")).getText().startsWith("已保存 "));
            int expected = before + i + 1;
            waitFor(d).until(x -> answered(x) == expected);
            click(d, d.findElement(By.id("exam-next")));
            waitFor(d).until(x -> !x.findElement(By.id("exam-stem")).getText().equals(stem));
        }
        assertThat(d.findElement(By.id("exam-countdown")).getText()).matches("\\d{1,2}:\\d{2}(:\\d{2})?");

        d.navigate().refresh();
        waitFor(d).until(x -> !x.findElements(By.id("exam-progress")).isEmpty());
        assertThat(d.getCurrentUrl()).isEqualTo(attemptUrl);
        assertThat(answered(d)).isEqualTo(before + 3);

        click(d, d.findElement(By.id("exam-submit")));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        waitFor(d).until(x -> x.getCurrentUrl().endsWith("/result"));
        assertThat(waitForText(d, "交卷时间")).containsAnyOf("不合格", "合格", "良好", "优秀");
    }

    /** How far an element's box lies within the viewport: true when it is wholly on screen. */
    private static boolean onScreen(WebDriver d, WebElement e) {
        return (Boolean) ((JavascriptExecutor) d).executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", e);
    }

    @Test
    void on_a_phone_the_timer_and_submit_stay_on_screen_and_the_answer_sheet_folds() throws Exception {
        Town town = newTown();
        openExam(town);
        WebDriver d = browser("zh-CN");
        signIn(d, town.cadre().username(), Fixtures.PASSWORD);
        d.manage().window().setSize(new Dimension(390, 844));
        d.get(url("/exams"));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("[id^=exam-open-]")).stream()
                .findFirst().orElse(null)));
        click(d, waitFor(d).until(x -> x.findElements(By.id("exam-start")).stream().findFirst().orElse(null)));
        click(d, waitFor(d).until(x -> x.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        waitFor(d).until(x -> !x.findElements(By.id("exam-progress")).isEmpty());
        WebElement sheet = d.findElement(By.id("exam-sheet"));
        assertThat(sheet.getDomProperty("opened")).isEqualTo("false");
        assertThat(d.findElement(By.id("exam-navigator")).isDisplayed()).isFalse();
        save(d, Path.of("target", "screenshots"), "exam-phone-zh");
        // unfolded, the sheet shows the numbers
        click(d, sheet);
        waitFor(d).until(x -> x.findElement(By.id("exam-navigator")).isDisplayed());
        // a long question (a long stem, or the sheet of an 80-question paper): scrolled to its end, the bar stays
        ((JavascriptExecutor) d).executeScript("document.getElementById('exam-question').style.paddingBottom = '1500px';"
                + " document.getElementById('save-status').scrollIntoView({block: 'end'});");
        Thread.sleep(300);
        save(d, Path.of("target", "screenshots"), "exam-phone-scrolled-zh");
        assertThat(onScreen(d, d.findElement(By.id("exam-stem")))).isFalse();
        assertThat(onScreen(d, d.findElement(By.id("exam-submit")))).isTrue();
        assertThat(onScreen(d, d.findElement(By.id("exam-countdown")))).isTrue();

        d.manage().window().setSize(new Dimension(1280, 900));
        d.navigate().refresh();
        waitFor(d).until(x -> !x.findElements(By.id("exam-progress")).isEmpty());
        waitFor(d).until(x -> "true".equals(x.findElement(By.id("exam-sheet")).getDomProperty("opened")));
        save(d, Path.of("target", "screenshots"), "exam-desktop-zh");
    }
}

package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

class ExamBrowserTest extends BrowserTestBase {

    private static int answered(WebDriver d) {
        String text = d.findElement(By.id("exam-progress")).getText(); // "已答 n / 80"
        return Integer.parseInt(text.replaceAll("[^0-9/]", "").split("/")[0]);
    }

    @Test
    void the_cadre_answers_three_questions_reloads_sees_them_and_submits() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "cadre", "demo12345");
        d.get(url("/exams"));
        WebElement open = waitFor(d).until(x -> x.findElements(By.cssSelector("[id^=exam-open-]")).stream()
                .findFirst().orElse(null));
        click(d, open);
        click(d, waitFor(d).until(x -> x.findElements(By.id("exam-start")).stream().findFirst().orElse(null)));
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
        screenshot(d, "exam-zh");
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
        screenshot(d, "exam-result-zh");
    }

    @Test
    void the_organizer_sees_last_years_results_per_unit() throws Exception {
        WebDriver d = browser("zh-CN");
        signIn(d, "organizer", "demo12345");
        d.get(url("/manage/exams"));
        waitForText(d, "考试管理");
        screenshot(d, "exams-manage-zh");
        WebElement results = waitFor(d).until(x -> x.findElements(By.xpath("//vaadin-button[contains(., '成绩')]"))
                .stream().skip(1).findFirst().orElse(null));
        click(d, results);
        assertThat(waitForText(d, "参考率")).contains("合格率", "优秀率", "综合执法大队");
        screenshot(d, "exam-results-zh");
    }
}

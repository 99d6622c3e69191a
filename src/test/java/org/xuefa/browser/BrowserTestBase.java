package org.xuefa.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.Role;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.support.Fixtures;
import org.xuefa.support.RequiresChromium;

/**
 * Real-browser flows against the shared app on its random port, one headless Chromium per class. Only what a
 * browser alone shows belongs here (sign-in, push, the scan before sign-in, reload, real upload and download); the
 * rest is tested with Karibu or through the services. A page that times out is saved to {@code target/browser-failures}.
 */
@RequiresChromium
abstract class BrowserTestBase extends ServiceTestBase {
    static final Path FAILURES = Path.of("target", "browser-failures");
    private static WebDriver driver;
    private static WebDriver second;
    private static String language;
    private static String secondLanguage;

    @LocalServerPort
    int port;
    @Autowired
    StudySessions sessions;

    /** A browser asking for the given language ("zh-CN" or "en-US"); reused while the language stays. */
    WebDriver browser(String lang) throws IOException {
        if (driver != null && !lang.equals(language)) {
            driver.quit();
            driver = null;
        }
        if (driver == null) {
            driver = newDriver(lang);
            language = lang;
        }
        return fresh(driver);
    }

    /**
     * A second browser beside the first, for flows between two people (an organizer and an attendee); it has its
     * own profile and cookies, and is closed with the first.
     */
    WebDriver secondBrowser(String lang) throws IOException {
        if (second != null && !lang.equals(secondLanguage)) {
            second.quit();
            second = null;
        }
        if (second == null) {
            second = newDriver(lang);
            secondLanguage = lang;
        }
        return fresh(second);
    }

    /** A new headless Chromium asking for the given language, as every browser test and tool here uses it. */
    static WebDriver newDriver(String lang) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + lang, "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("xuefa-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
        // console messages (e.g. Content-Security-Policy violations) for driver.manage().logs()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(RequiresChromium.DRIVER).toFile()).build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return d;
    }

    private WebDriver fresh(WebDriver d) {
        // cookies are per site: open the app's site first, so the previous test's session is really gone
        d.get(url("/actuator/health"));
        d.manage().deleteAllCookies();
        d.manage().window().setSize(new Dimension(1280, 900));
        return d;
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (second != null) {
            second.quit();
            second = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waitFor(WebDriver d) {
        // Vaadin may replace an element between finding it and reading it; polled often, since every screen of the
        // browser tests waits on it (the default half second adds up over a walk of 150 pages)
        return (WebDriverWait) new WebDriverWait(d, Duration.ofSeconds(45), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class);
    }

    /** Signs in through Vaadin's login form and waits for the start page. */
    void signIn(WebDriver d, String username, String password) {
        d.get(url("/login"));
        WebDriverWait wait = waitFor(d);
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    /** Waits until the page's visible text contains the given text, and returns that text. */
    String waitForText(WebDriver d, String text) {
        try {
            waitFor(d).until(x -> x.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            // keep what the page showed, to see why
            try {
                save(d, FAILURES, "failed-" + System.currentTimeMillis());
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw new AssertionError("text not shown: " + text + "\npage text:\n"
                    + d.findElement(By.tagName("body")).getText(), e);
        }
        return d.findElement(By.tagName("body")).getText();
    }

    /** Clicks like a user after scrolling the element to the middle of the screen, clear of the fixed navbar. */
    void click(WebDriver d, WebElement element) {
        ((JavascriptExecutor) d).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    static void save(WebDriver d, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    /** A town of the test's own with an organizer and a cadre who sign in, so flows leave the demo town alone. */
    record Town(Long id, String organizer, Fixtures.Person cadre) {
    }

    Town newTown() {
        Long id = fixtures.newTown().id();
        return new Town(id, fixtures.newAccount(Role.ORGANIZER, id, null), fixtures.newPerson(id, Role.CADRE));
    }

    /** As the town's organizer: a lecture for the whole town that began {@code ago} before now and lasts 90 minutes. */
    SessionRecord lecture(Town town, Duration ago, List<LessonRef> lessons) {
        Instant start = clock.instant().minus(ago);
        return fixtures.as(town.organizer(), () -> sessions.create(new SessionData(town.id(), SessionKind.LECTURE,
                "法治讲座：行政处罚的适用 " + Fixtures.unique().substring(0, 4), start, start.plus(Duration.ofMinutes(90)),
                "镇政府三楼会议室", null, "王律师", "镇法律顾问", List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")),
                lessons, Set.of(AudienceRule.unit(town.id())), null), null).get(0));
    }

    /** Fetches a URL with the browser's session cookies, as a download would. */
    HttpResponse<byte[]> fetchWithSession(WebDriver d, String path) throws IOException, InterruptedException {
        String cookies = d.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies)
                .header("Accept-Language", language).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}

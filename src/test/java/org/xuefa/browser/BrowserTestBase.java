package org.xuefa.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xuefa.ServiceTestBase;
import org.xuefa.support.RequiresChromium;

/** Real-browser flows against the shared app on its random port, one headless Chromium per class. */
@RequiresChromium
abstract class BrowserTestBase extends ServiceTestBase {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver driver;
    private static WebDriver second;
    private static String language;
    private static String secondLanguage;

    @LocalServerPort
    int port;

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

    private static WebDriver newDriver(String lang) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + lang, "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("xuefa-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
        // console messages (e.g. Content-Security-Policy violations) for driver.manage().logs()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
        // Vaadin may replace an element between finding it and reading it
        return (WebDriverWait) new WebDriverWait(d, Duration.ofSeconds(45))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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
        } catch (org.openqa.selenium.TimeoutException e) {
            // keep what the page showed, to see why
            try {
                screenshot(d, "failed-" + System.currentTimeMillis());
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
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void screenshot(WebDriver d, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
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

package org.xuefa.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.support.RequiresChromium;

/**
 * Issue 11's acceptance against a running Xuefa (the production jar, on any database): signs in as a user in one
 * Chromium, opens the start page, {@code /staffing} and {@code /credentials}, each until Vaadin has answered every
 * request (that time is printed as "shown"), fails on an error page, and saves a picture of each; then, with the
 * browser's session cookie, downloads the four exports and counts their rows (CSV lines after the header; XLSX
 * {@code <row>} elements of the first sheet after the header). Not a test ({@code mvn verify} never runs it):
 * <pre>
 * mvn -B test -Dtest=ProductionWalk -Dsurefire.failIfNoSpecifiedTests=false -Dwalk.url=http://localhost:8080
 * </pre>
 * Results in {@code target/walk/walk.txt}, pictures and downloads beside it. {@code -Dwalk.user} and
 * {@code -Dwalk.password} sign in someone else (default the demo hr), {@code -Dwalk.paths=/,/inbox} opens other
 * screens, {@code -Dwalk.exports=false} skips the downloads.
 */
@RequiresChromium
class ProductionWalk {
    private static final Path OUT = Path.of("target", "walk");
    private static final List<String> ERROR_PAGES = List.of("There was an exception", "Could not navigate",
            "Whitelabel Error Page", "Internal error", "内部错误", "出错了");

    @Test
    void open_the_screens_and_download_the_exports() throws Exception {
        String base = System.getProperty("walk.url", "http://localhost:8080");
        String user = System.getProperty("walk.user", "hr");
        String password = System.getProperty("walk.password", "demo12345");
        Files.createDirectories(OUT);
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        WebDriver d = BrowserTestBase.newDriver("zh-CN");
        try {
            d.get(base + "/login");
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(120), Duration.ofMillis(50));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                    .sendKeys(user);
            d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
            d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
            for (String path : System.getProperty("walk.paths", "/,/staffing,/credentials").split(",")) {
                long start = System.nanoTime();
                d.get(base + path);
                wait.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                        "const f = window.Vaadin && window.Vaadin.Flow;"
                                + "if (!f || !f.clients || Object.keys(f.clients).length === 0) return false;"
                                + "return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
                long ms = (System.nanoTime() - start) / 1_000_000;
                String text = d.findElement(By.tagName("body")).getText();
                ERROR_PAGES.stream().filter(text::contains).forEach(m -> problems.add(path + ": error page " + m));
                String name = (path.equals("/") ? "start" : path.substring(1)).replaceAll("[^A-Za-z0-9-]", "_");
                Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
                lines.add(String.format("screen %-40s shown in %6d ms", path, ms));
            }
            Cookie session = d.manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            boolean exports = Boolean.parseBoolean(System.getProperty("walk.exports", "true"));
            for (String path : exports ? List.of("/export/staffing-gaps.csv", "/export/staffing-gaps.xlsx",
                "/export/credentials.csv", "/export/credentials.xlsx") : List.<String>of()) {
                long start = System.nanoTime();
                HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept-Language", "zh-CN")
                        .timeout(Duration.ofMinutes(5)).build(),
                        HttpResponse.BodyHandlers.ofFile(OUT.resolve(path.substring("/export/".length())),
                                StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                StandardOpenOption.TRUNCATE_EXISTING));
                long ms = (System.nanoTime() - start) / 1_000_000;
                Path file = response.body();
                long rows = response.statusCode() == 200 ? rows(file) : -1;
                if (response.statusCode() != 200) {
                    problems.add(path + " answered " + response.statusCode());
                }
                lines.add(String.format("export %-40s %d in %6d ms, %,d bytes, %,d rows after the header (%s)", path,
                        response.statusCode(), ms, Files.size(file), rows,
                        response.headers().firstValue("Content-Disposition").orElse("")));
            }
        } finally {
            d.quit();
        }
        problems.forEach(p -> lines.add("PROBLEM " + p));
        Files.write(OUT.resolve("walk.txt"), lines, StandardCharsets.UTF_8);
        try (PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8)) {
            lines.forEach(out::println);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static long rows(Path file) throws IOException {
        if (file.toString().endsWith(".csv")) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return lines.count() - 1;
            }
        }
        // the central directory, not the entries' local headers: the streaming workbook writes sizes after the data
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return -1;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return count(in, "<row ") - 1;
            }
        }
    }

    /** Occurrences of an ASCII marker in a stream, read in blocks. */
    private static long count(InputStream in, String marker) throws IOException {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        long n = 0;
        int matched = 0;
        byte[] buf = new byte[1 << 16];
        for (int r = in.read(buf); r > 0; r = in.read(buf)) {
            for (int i = 0; i < r; i++) {
                matched = buf[i] == m[matched] ? matched + 1 : (buf[i] == m[0] ? 1 : 0);
                if (matched == m.length) {
                    n++;
                    matched = 0;
                }
            }
        }
        return n;
    }
}

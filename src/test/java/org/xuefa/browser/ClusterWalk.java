package org.xuefa.browser;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.load.VaadinClient;
import org.xuefa.support.RequiresChromium;

/**
 * Issue 14's first acceptance item against a running cluster ({@code deploy/local-cluster.sh start 2}): through the
 * balancer, {@code organizer} projects a study session in Chromium (pinned by nginx to one node), {@code cadre}
 * signs in until the balancer pins them to the other node and checks in by the projector's link, and the projector's
 * count rises without a reload (pushed from the other node through PostgreSQL and the WebSocket through nginx).
 * Not a test ({@code mvn verify} never runs it):
 * <pre>
 * mvn -B test -Dtest=ClusterWalk -Dsurefire.failIfNoSpecifiedTests=false -Dwalk.url=http://localhost:8080 \
 *     -Dwalk.session=ID
 * </pre>
 * The session must invite {@code cadre} and have its check-in open: {@code load-fixture}'s session does (its id is
 * printed). Results in {@code target/walk/cluster-walk.txt} with the projector before and after.
 */
@RequiresChromium
class ClusterWalk {
    private static final Path OUT = Path.of("target", "walk");

    @Test
    void a_check_in_on_one_node_raises_the_count_of_a_projector_on_the_other() throws Exception {
        String base = System.getProperty("walk.url", "http://localhost:8080");
        long session = Long.getLong("walk.session", -1L);
        if (session < 0) {
            throw new IllegalArgumentException("-Dwalk.session=<id of a session inviting cadre, check-in open>");
        }
        Files.createDirectories(OUT);
        List<String> lines = new ArrayList<>();
        WebDriver d = BrowserTestBase.newDriver("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60), Duration.ofMillis(50));
            d.get(base + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                    .sendKeys("organizer");
            d.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo12345");
            d.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
            d.get(base + "/sessions/" + session + "/projector");
            wait.until(x -> !x.findElement(By.id("projector-code")).getText().isBlank());
            String organizerRoute = route(d.manage().getCookieNamed("JSESSIONID").getValue());
            String code = d.findElement(By.id("projector-code")).getText().replaceAll("\\s", "");
            String before = d.findElement(By.id("projector-count")).getText();
            Files.write(OUT.resolve("cluster-projector-before.png"),
                    ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            lines.add("organizer's projector on node " + organizerRoute + ": code " + code + ", count \"" + before
                    + "\"");

            // the balancer places new sessions on the node with the fewest connections: sign in until the other one
            VaadinClient cadre = null;
            for (int i = 0; i < 20; i++) {
                VaadinClient attempt = new VaadinClient(VaadinClient.sharedHttp(), URI.create(base));
                attempt.signIn("cadre", "demo12345");
                if (!route(attempt.sessionCookie()).equals(organizerRoute)) {
                    cadre = attempt;
                    break;
                }
            }
            if (cadre == null) {
                throw new AssertionError("the balancer never placed cadre on another node than " + organizerRoute);
            }
            String cadreRoute = route(cadre.sessionCookie());
            cadre.open("checkin/" + code);
            lines.add("cadre on node " + cadreRoute + " opened the link /checkin/" + code + ": \""
                    + (cadre.has("checkin-headline") ? cadre.text("checkin-headline")
                            : cadre.has("checkin-refused") ? cadre.text("checkin-refused") : "nothing") + "\"");

            long t = System.nanoTime();
            new WebDriverWait(d, Duration.ofSeconds(15), Duration.ofMillis(50))
                    .until(x -> !x.findElement(By.id("projector-count")).getText().equals(before));
            String after = d.findElement(By.id("projector-count")).getText();
            lines.add(String.format("projector on node %s, without a reload, %d ms later: count \"%s\"", organizerRoute,
                    (System.nanoTime() - t) / 1_000_000, after));
            Files.write(OUT.resolve("cluster-projector-after.png"),
                    ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        } finally {
            d.quit();
            Files.write(OUT.resolve("cluster-walk.txt"), lines, StandardCharsets.UTF_8);
            try (PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8)) {
                lines.forEach(out::println);
            }
        }
    }

    private static String route(String sessionCookie) {
        int dot = sessionCookie.lastIndexOf('.');
        return dot < 0 ? "(none)" : sessionCookie.substring(dot + 1);
    }
}

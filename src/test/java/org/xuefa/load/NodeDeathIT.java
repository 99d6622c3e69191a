package org.xuefa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.support.ProcessOutput;
import org.xuefa.support.RequiresPostgres;

/**
 * Issue 14, item 7: a node dies ({@code kill -9}) during an exam. Two nodes of the production jar run in cluster
 * mode on one PostgreSQL database (a schema of its own in the test database) with the demo town. Over real HTTP
 * ({@link VaadinClient}): first {@code organizer} uploads a photo to a study record through A and downloads it
 * through B (issue 14, item 10, over HTTP). Then {@code cadre} answers on node A, {@code tp-011} on node B. A is
 * killed with SIGKILL. Then
 * {@code tp-011} carries on, in the same session on B, as if nothing happened; {@code cadre} reaches B as the
 * balancer's backup route sends them there, signs in again, resumes the same attempt and finds every answer A had
 * confirmed, and the time left that the server measures.
 */
@RequiresPostgres
class NodeDeathIT {
    private static final String SCHEMA = "it_node_death";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String PASSWORD = "demo12345";
    private static final Pattern DEMO_RECORD = Pattern.compile("Demo record of study session #(\\d+)");

    private static Path jar;
    private static String dbUrl;
    private static String dbUser;
    private static String dbPassword;

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    private final List<Node> nodes = new ArrayList<>();

    @BeforeAll
    static void prepare() throws Exception {
        jar = Path.of(System.getProperty("xuefa.jar", "target/xuefa.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run mvn verify (or mvn package) first");
        }
        dbUser = System.getenv().getOrDefault("XUEFA_TEST_PG_USER", "xuefa");
        dbPassword = System.getenv().getOrDefault("XUEFA_TEST_PG_PASSWORD", "xuefa");
        onTestDatabase("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
        String base = testDatabase();
        dbUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @AfterAll
    static void dropSchema() throws Exception {
        onTestDatabase("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static String testDatabase() {
        return System.getenv().getOrDefault("XUEFA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/xuefa_test");
    }

    private static void onTestDatabase(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(testDatabase(), dbUser, dbPassword);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void kill_9_of_a_node_during_an_exam_loses_no_confirmed_answer() throws Exception {
        try {
            Node a = start("a", dirA); // the first node migrates the schema and seeds the demo town
            Node b = start("b", dirB);
            HttpClient http = VaadinClient.sharedHttp();

            // cadre on A and tp-011 on B take this year's annual exam of the demo town
            VaadinClient cadreOnA = new VaadinClient(http, a.base);
            long exam = openExam(cadreOnA, "cadre");
            // the countdown shows the time left that the server measured when it built the paper's screen
            long secondsLeftOnA = seconds(cadreOnA.text("exam-countdown"));
            long readAt = System.nanoTime();
            assertThat(cadreOnA.sessionCookie()).endsWith(".a");
            VaadinClient other = new VaadinClient(http, b.base);
            assertThat(openExam(other, "tp-011")).isEqualTo(exam);
            assertThat(other.sessionCookie()).endsWith(".b");

            // a file uploaded through A downloads through B (issue 14, item 10, over HTTP)
            Matcher recorded = DEMO_RECORD.matcher(a.output);
            assertThat(recorded.find()).as("the demo's study record").isTrue();
            String record = "sessions/" + recorded.group(1) + "/record";
            VaadinClient organizerOnA = new VaadinClient(http, a.base);
            organizerOnA.signIn("organizer", PASSWORD);
            organizerOnA.open(record);
            byte[] photo = png();
            organizerOnA.upload("attachment-upload", "node-a.png", "image/png", photo);
            organizerOnA.navigate(record);
            List<String> links = organizerOnA.hrefsContaining("/attachments/");
            assertThat(links).as("the record lists the attachment uploaded through A").isNotEmpty();
            VaadinClient organizerOnB = new VaadinClient(http, b.base);
            organizerOnB.signIn("organizer", PASSWORD);
            organizerOnB.open(record);
            assertThat(organizerOnB.hrefsContaining("/attachments/")).as("B lists it too").containsAll(links);
            assertThat(links.stream().map(organizerOnB::download))
                    .as("B serves the bytes stored through A").anySatisfy(bytes -> assertThat(bytes).isEqualTo(photo));

            Map<String, String> confirmed = new HashMap<>(); // question stem → chosen item key, as confirmed by A
            for (int i = 0; i < 3; i++) {
                confirmed.put(cadreOnA.text("exam-stem"), answer(cadreOnA, i));
                cadreOnA.click("exam-next");
            }
            answer(other, 1);
            other.click("exam-next");
            int answeredOnA = firstNumber(cadreOnA.text("exam-progress"));

            a.process.destroyForcibly(); // SIGKILL: no shutdown hook, no flushing, nothing
            assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).as("node A is gone").isTrue();
            assertThat(a.process.exitValue()).as("killed by signal 9").isEqualTo(137);

            // the taker on B notices nothing: same session, every answer confirmed
            int otherBefore = firstNumber(other.text("exam-progress"));
            for (int i = 0; i < 2; i++) {
                answer(other, 1);
                other.click("exam-next");
            }
            assertThat(firstNumber(other.text("exam-progress"))).isGreaterThanOrEqualTo(otherBefore + 1);

            // cadre's browser now reaches B (nginx's backup for A's route); B does not know the session: sign in again
            VaadinClient cadreOnB = new VaadinClient(http, b.base);
            assertThat(openExam(cadreOnB, "cadre")).isEqualTo(exam);
            assertThat(cadreOnB.has("exam-choices")).as("resumed, not a new attempt").isTrue();
            assertThat(firstNumber(cadreOnB.text("exam-progress"))).as("answers counted on B")
                    .isEqualTo(answeredOnA);
            long expectedLeft = secondsLeftOnA - (System.nanoTime() - readAt) / 1_000_000_000L;
            assertThat(seconds(cadreOnB.text("exam-countdown"))).as("the server's remaining time")
                    .isBetween(expectedLeft - 3, expectedLeft + 1);

            // walk back through the paper: every answer A confirmed is there, chosen as it was
            Map<String, String> shownOnB = new HashMap<>();
            for (int i = 0; i < 12 && cadreOnB.has("exam-previous"); i++) {
                cadreOnB.require("exam-choices").property("value")
                        .ifPresent(v -> shownOnB.put(cadreOnB.text("exam-stem"), v.asText()));
                if (shownOnB.keySet().containsAll(confirmed.keySet())) {
                    break;
                }
                cadreOnB.click("exam-previous");
            }
            System.out.printf("confirmed on A: %s%nshown by B:     %s%nanswered %d, %d s left on A; %s on B%n",
                    confirmed, shownOnB, answeredOnA, secondsLeftOnA, cadreOnB.text("exam-countdown"));
            assertThat(shownOnB).as("the answers confirmed on A, shown by B").containsAllEntriesOf(confirmed);

            // and cadre carries on on B
            answer(cadreOnB, 2);
        } finally {
            for (Node n : nodes) {
                n.stop();
            }
        }
    }

    /** Signs in, opens the open exam from the exam list and starts or resumes it; returns the exam's id. */
    private static long openExam(VaadinClient tab, String user) {
        tab.signIn(user, PASSWORD);
        tab.open("exams");
        String button = tab.idsStartingWith("exam-open-").stream().findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no open exam"));
        long exam = Long.parseLong(button.substring("exam-open-".length()));
        tab.navigate("exams/" + exam);
        tab.click("exam-start");
        if (tab.has("start-confirm")) {
            tab.confirm("start-confirm");
        }
        assertThat(tab.has("exam-choices")).as(user + " is on the paper").isTrue();
        return exam;
    }

    /**
     * Answers the question on screen and checks the page confirms it; returns the chosen key(s). The choice moves
     * through the items (the first, then the second, ...), so that the answers to check differ from each other.
     */
    private static String answer(VaadinClient tab, int n) {
        List<String> keys = tab.itemKeys("exam-choices");
        String key = keys.get(n % keys.size());
        JsonNode value = "vaadin-checkbox-group".equals(tab.require("exam-choices").tag())
                ? VaadinClient.keys(List.of(key)) : VaadinClient.key(key);
        tab.setValue("exam-choices", value);
        HttpLoadBenchmark.requireSaved(tab);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A small PNG of its own (the attachments accept images by their content). */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xB71C1C);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group());
    }

    /** "1:29:05" or "29:05" in seconds. */
    private static long seconds(String countdown) {
        long total = 0;
        for (String part : countdown.trim().split(":")) {
            total = total * 60 + Long.parseLong(part.trim());
        }
        return total;
    }

    // ----------------------------------------------------------------------------------------------- nodes

    private record Node(String route, Process process, URI base, StringBuffer output, Path log) {
        void stop() throws Exception {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            Files.writeString(log, output);
        }
    }

    private Node start(String route, Path dir) throws Exception {
        Path log = Path.of("target", "node-death-" + route + ".log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=0").directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("XUEFA_COURSES_DIR");
        env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
        env.put("XUEFA_DB_URL", dbUrl);
        env.put("XUEFA_DB_USER", dbUser);
        env.put("XUEFA_DB_PASSWORD", dbPassword);
        env.put("XUEFA_CLUSTER", "true");
        env.put("XUEFA_NODE_ROUTE", route);
        env.put("XUEFA_CHECKIN_SECRET", "node-death-test-secret-of-at-least-32-bytes");
        env.put("XUEFA_DATA_DIR", dir.resolve("data").toString());
        Process process = pb.start();
        StringBuffer output = ProcessOutput.follow(process, "node-" + route + "-output");
        // stopped at the end even if it never becomes ready
        Node starting = new Node(route, process, null, output, log);
        nodes.add(starting);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Matcher port;
        while (true) {
            port = PORT.matcher(output);
            if (port.find() && output.toString().contains("Started Application in")) {
                break;
            }
            if (!process.isAlive()) {
                Files.writeString(log, output);
                fail("node " + route + " exited with " + process.exitValue() + " before it started; see " + log);
            }
            if (System.nanoTime() > deadline) {
                Files.writeString(log, output);
                fail("node " + route + " did not start within " + START_TIMEOUT + "; see " + log);
            }
            Thread.sleep(250);
        }
        URI base = URI.create("http://127.0.0.1:" + port.group(1) + "/");
        // ready once the start-up runners (the demo's seeding on the first node) are done
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; ; i++) {
            var r = http.send(HttpRequest.newBuilder(base.resolve("actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
                break;
            }
            if (i > 480) {
                fail("node " + route + " never became ready");
            }
            Thread.sleep(250);
        }
        Node started = new Node(route, process, base, output, log);
        nodes.set(nodes.indexOf(starting), started);
        return started;
    }
}

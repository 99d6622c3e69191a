package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.support.ProcessOutput;

/**
 * The production jar, as {@code mvn package} builds it, started the way an operator starts it: from an empty
 * folder (no {@code ./courses}), with the demo profile and an empty data folder. It must come up healthy in Vaadin
 * production mode, serve every course it carries inside (the repository's {@code courses/}), and seed the whole
 * demo. Runs in {@code mvn verify} (failsafe, after {@code package}); the jar's path comes from the system property
 * {@code xuefa.jar}.
 *
 * <p>The courses are checked through the start-up log line of {@code CourseCatalog} ("Courses read from built-in
 * courses ...: 13 served [ids], 0 with errors"): it is the app's own account of what it serves, needs no sign-in and
 * opens nothing new to the network (only {@code /actuator/health} is exposed, and its details are hidden).
 */
class ProductionJarIT {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String LAST_DEMO_STEP = "Demo make-up study";
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern BUILT_IN_FOLDER = Pattern.compile("Course folder: (\\S+) \\(the copy built into");

    private static Path jar;

    @TempDir
    Path workDir;
    @TempDir
    Path dataDir;

    @BeforeAll
    static void findJar() throws IOException {
        jar = Path.of(System.getProperty("xuefa.jar", "target/xuefa.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            String reason = jar + " is missing: run mvn verify (or mvn package) first";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var token = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(token).as("the jar carries Vaadin's production token").isNotNull();
            assertThat(new String(zip.getInputStream(token).readAllBytes(), StandardCharsets.UTF_8))
                    .containsPattern("\"productionMode\"\\s*:\\s*true");
            assertThat(zip.stream().map(e -> e.getName()))
                    .as("no development-mode tools in the jar")
                    .noneMatch(n -> n.startsWith("BOOT-INF/lib/vaadin-dev") || n.startsWith("BOOT-INF/lib/copilot"))
                    .as("the courses are built in").contains("BOOT-INF/classes/xuefa-courses/laws.yaml");
        }
    }

    @Test
    void starts_from_an_empty_folder_with_the_demo_profile_and_serves_every_built_in_course() throws Exception {
        List<String> courseIds = shippedCourseIds();
        assertThat(courseIds).as("the six first courses and those that came after").hasSizeGreaterThanOrEqualTo(13)
                .contains("constitution-basics", "admin-penalty", "admin-licensing", "admin-compulsion",
                        "admin-reconsideration", "gov-info-disclosure");
        Path log = Path.of("target", "production-jar-it.log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString(),
                "--spring.profiles.active=demo", "--server.port=0")
                .directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("XUEFA_COURSES_DIR");
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        pb.environment().put("XUEFA_DATA_DIR", dataDir.toString());
        Process app = pb.start();
        StringBuffer output = ProcessOutput.follow(app, "production-jar-output");
        try {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            // Spring Boot logs "Started" before the demo's runners; make-up study (DemoMakeup) is the last of them
            while (!output.toString().contains("Started Application in")
                    || !(output.toString().contains(LAST_DEMO_STEP)
                            || output.toString().contains("skipped \"make-up study\""))) {
                if (!app.isAlive()) {
                    fail("the jar exited with " + app.exitValue() + " before it started:\n" + output);
                }
                if (System.nanoTime() > deadline) {
                    fail("the jar did not start within " + START_TIMEOUT + ":\n" + output);
                }
                Thread.sleep(250);
            }
            Matcher port = PORT.matcher(output);
            assertThat(port.find()).as(output.toString()).isTrue();
            String base = "http://localhost:" + port.group(1);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            // health includes readiness, which is up once the last start-up runner is done (just after the log line)
            HttpResponse<String> health = get(http, base + "/actuator/health");
            for (int i = 0; i < 120 && health.statusCode() != 200; i++) {
                Thread.sleep(250);
                health = get(http, base + "/actuator/health");
            }
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            HttpResponse<String> login = get(http, base + "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("VAADIN/build/");

            String out = output.toString();
            assertThat(out).as(out).contains("Courses read from built-in courses")
                    .contains(courseIds.size() + " served " + courseIds + ", 0 with errors")
                    .contains("Demo data seeded")
                    .contains("Demo exams seeded")
                    .doesNotContain("Demo seeding skipped")
                    .contains("Vaadin is running in production mode")
                    .doesNotContain("DEVELOPMENT mode");
            Matcher folder = BUILT_IN_FOLDER.matcher(out);
            assertThat(folder.find()).as(out).isTrue();
            Path extracted = Path.of(folder.group(1));
            assertThat(extracted.resolve("laws.yaml")).exists();

            app.destroy(); // SIGTERM: a graceful shutdown removes the extracted courses
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(extracted).doesNotExist();
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly();
                app.waitFor(30, TimeUnit.SECONDS);
            }
            Files.writeString(log, output);
        }
    }

    @Test
    void validate_courses_without_a_folder_checks_the_built_in_courses() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "validate-courses")
                .directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("XUEFA_COURSES_DIR");
        Process validator = pb.start();
        String out = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validator.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(validator.exitValue()).as(out).isZero();
        assertThat(out).contains("built-in courses").contains(shippedCourseIds().size() + " courses")
                .contains("0 errors");
    }

    private static List<String> shippedCourseIds() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("courses"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

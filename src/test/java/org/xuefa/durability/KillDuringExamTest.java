package org.xuefa.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of an exam: the demo app runs in a child JVM on the H2 file database, the cadre answers
 * three questions and the process is killed the moment they are confirmed; after a restart the attempt resumes
 * with those answers and the server's time left.
 */
class KillDuringExamTest {

    @TempDir
    Path dataDir;

    private String[] runChild(String mode, String prefix) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.xuefa.Application", "--spring.profiles.active=demo,exam-probe", "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=warn").redirectErrorStream(true);
        pb.environment().put("XUEFA_DATA_DIR", dataDir.toString());
        pb.environment().put("XUEFA_PROBE_MODE", mode);
        Process child = pb.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    output.append(l).append('\n');
                    if (l.startsWith(prefix + " ")) {
                        child.destroyForcibly();
                        return l;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String found;
        try {
            found = line.get(180, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(found).as("child output:\n" + output).isNotNull();
        assertThat(child.exitValue()).as("killed").isEqualTo(137);
        return found.split(" ");
    }

    @Test
    void confirmed_answers_survive_a_kill_and_the_attempt_resumes_with_the_time_left() throws Exception {
        String[] answered = runChild("answer", "ANSWERED");
        String attempt = answered[1];
        List<String> positions = Arrays.asList(answered[2].split(","));
        assertThat(positions).hasSize(3);

        String[] resumed = runChild("report", "RESUMED");
        assertThat(resumed[1]).isEqualTo(attempt);
        assertThat(Arrays.asList(resumed[2].split(","))).containsAll(positions);
        long secondsLeft = Long.parseLong(resumed[3]);
        assertThat(secondsLeft).isPositive().isLessThanOrEqualTo(90 * 60);
    }
}

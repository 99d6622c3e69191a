package org.xuefa.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save shown as successful survives kill -9: the app runs in a child JVM on the embedded H2 file database with
 * the default configuration, saves through its service, and is killed the moment it reports the commit.
 */
class KillDuringSaveTest {

    @TempDir
    Path dataDir;

    @Test
    void a_committed_save_survives_killing_the_process() throws Exception {
        String staffNumber = "DUR-" + System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.xuefa.Application", "--spring.profiles.active=demo,durability-probe", "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=warn")
                .redirectErrorStream(true);
        pb.environment().put("XUEFA_DATA_DIR", dataDir.toString());
        pb.environment().put("XUEFA_PROBE_STAFF_NUMBER", staffNumber);
        Process child = pb.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> saved = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.equals("SAVED " + staffNumber)) {
                        child.destroyForcibly();
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        boolean reported;
        try {
            reported = saved.get(180, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(reported).as("the child reported its save; output:\n" + output).isTrue();
        assertThat(child.exitValue()).as("killed, not exited").isEqualTo(137);

        assertThat(Files.exists(dataDir.resolve("xuefa.mv.db"))).isTrue();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("xuefa"), "sa", "");
                var st = c.prepareStatement("select name from official where staff_number = ?")) {
            st.setString(1, staffNumber);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("the official saved before the kill is in the database").isTrue();
                assertThat(rs.getString(1)).isEqualTo("持久化测试");
            }
        }
    }
}

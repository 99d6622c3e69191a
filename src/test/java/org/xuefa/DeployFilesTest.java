package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment files in {@code deploy/}: the script parses, and nginx accepts the configuration as shipped (two
 * nodes) and as the script generates it for three. Skipped when nginx is not installed ({@code apt-get install -y
 * nginx}); the start of a real cluster is tried by hand (docs/deploy.md).
 */
class DeployFilesTest {

    @Test
    void the_local_cluster_script_parses() throws Exception {
        Result r = run(List.of("bash", "-n", "deploy/local-cluster.sh"), null);
        assertThat(r.code).as(r.output).isZero();
    }

    @Test
    void nginx_accepts_the_shipped_configuration(@TempDir Path dir) throws Exception {
        requireNginx();
        Files.copy(Path.of("deploy/nginx/nginx.conf"), dir.resolve("nginx.conf"));
        Files.copy(Path.of("deploy/nginx/xuefa-nodes.conf"), dir.resolve("xuefa-nodes.conf"));
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("temp"));
        Result r = run(List.of("nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()), null);
        assertThat(r.code).as(r.output).isZero();
    }

    @Test
    void nginx_accepts_the_configuration_the_script_generates_for_three_nodes(@TempDir Path dir) throws Exception {
        requireNginx();
        Result r = run(List.of("deploy/local-cluster.sh", "check-nginx", "3"), dir);
        assertThat(r.code).as(r.output).isZero();
        String nodes = Files.readString(dir.resolve("nginx/xuefa-nodes.conf"));
        assertThat(nodes).contains("server 127.0.0.1:8083 max_fails=3", "\"~\\.n3$\" xuefa_n3;",
                "upstream xuefa_n2 {");
    }

    /** Skips without nginx, except under CI=true, where .ci/run installs it and the check must run. */
    private static void requireNginx() throws Exception {
        boolean present = run(List.of("sh", "-c", "command -v nginx"), null).code == 0;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("CI=true: nginx must be installed (.ci/run installs it)").isTrue();
        }
        Assumptions.assumeTrue(present,
                "Skipped: nginx is not installed (apt-get install -y nginx) to check deploy/nginx with nginx -t");
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command, Path runDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (runDir != null) {
            pb.environment().put("RUN_DIR", runDir.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out + "\n(timed out)");
        }
        return new Result(p.exitValue(), out);
    }
}

package org.xuefa.citygen;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar xuefa.jar generate-city --officials 100000 --seed 1 [--code gc1] [--parent CODE] [--force]}: starts
 * the application (its web server on a free loopback port only; datasource and Flyway as configured, H2 by default, PostgreSQL with
 * {@code --spring.profiles.active=postgres}), generates the city ({@link CityRunner}) and exits.
 */
public final class CityCommand {
    public static final String COMMAND = "generate-city";
    /** Set only by the command: activates {@link CityRunner}. */
    static final String PROPERTY = "xuefa.citygen.run";
    /** Lets the PostgreSQL driver rewrite JDBC batches into multi-row inserts ({@link BatchedInserts}). */
    static final String BATCHED = "xuefa.citygen.batched-inserts";

    private CityCommand() {
    }

    /** Runs the command with the application's builder; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        try {
            // the web application type stays SERVLET: the Vaadin security configuration needs a servlet context.
            // The server listens on a free port of the loopback interface only, and stops when the command ends.
            String[] withServer = Arrays.copyOf(args, args.length + 2);
            withServer[args.length] = "--server.port=0";
            withServer[args.length + 1] = "--server.address=127.0.0.1";
            var context = new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
                    .properties(PROPERTY + "=true", BATCHED + "=true").run(withServer);
            // after the start (and its start-up jobs, e.g. the credential reminders' catch-up run), not in a runner
            context.getBean(CityRunner.class).run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            System.err.println("generate-city failed: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

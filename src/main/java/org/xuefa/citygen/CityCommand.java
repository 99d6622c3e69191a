package org.xuefa.citygen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar xuefa.jar generate-city --officials 100000 --seed 1 [--code gc1] [--parent CODE] [--force]}: starts
 * the application without a web server (datasource and Flyway as configured, H2 by default, PostgreSQL with
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
            var context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                    .properties(PROPERTY + "=true", BATCHED + "=true").run(args);
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

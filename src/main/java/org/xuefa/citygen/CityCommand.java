package org.xuefa.citygen;

import org.springframework.boot.SpringApplication;
import org.xuefa.base.Commands;

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
            var context = Commands.start(application, args, PROPERTY + "=true", BATCHED + "=true");
            // after the start (and its start-up jobs, e.g. the credential reminders' catch-up run), not in a runner
            context.getBean(CityRunner.class).run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            System.err.println("generate-city failed: " + Commands.rootMessage(e));
            return 1;
        }
    }
}

package org.xuefa.demo;

import org.springframework.boot.SpringApplication;
import org.xuefa.base.Commands;

/**
 * {@code java -jar xuefa.jar load-fixture --takers 500 [--tag load] --spring.profiles.active=postgres,demo}: adds to
 * a demo database what the HTTP load driver needs ({@link LoadFixture}), prints it, and exits. Only with the
 * {@code demo} profile, because its accounts have the published demo password.
 */
public final class LoadFixtureCommand {
    public static final String COMMAND = "load-fixture";

    private LoadFixtureCommand() {
    }

    /** Runs the command with the application's builder; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        try {
            var context = Commands.start(application, args);
            if (!context.getEnvironment().matchesProfiles("demo")) {
                System.err.println("load-fixture needs the demo profile (--spring.profiles.active=demo or postgres,demo):"
                        + " its accounts have the published demo password");
                SpringApplication.exit(context);
                return 2;
            }
            System.out.println(context.getBean(LoadFixture.class).create(
                    Integer.parseInt(Commands.option(args, "--takers", "500")), Commands.option(args, "--tag", "load")));
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            System.err.println("load-fixture failed: " + Commands.rootMessage(e));
            return 1;
        }
    }
}

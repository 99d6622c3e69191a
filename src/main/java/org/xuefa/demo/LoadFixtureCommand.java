package org.xuefa.demo;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
            // as generate-city: the Vaadin security configuration needs a servlet context; loopback, a free port
            String[] withServer = Arrays.copyOf(args, args.length + 2);
            withServer[args.length] = "--server.port=0";
            withServer[args.length + 1] = "--server.address=127.0.0.1";
            var context = new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET).run(withServer);
            if (!context.getEnvironment().matchesProfiles("demo")) {
                System.err.println("load-fixture needs the demo profile (--spring.profiles.active=demo or postgres,demo):"
                        + " its accounts have the published demo password");
                SpringApplication.exit(context);
                return 2;
            }
            System.out.println(context.getBean(LoadFixture.class).create(option(args, "--takers", 500),
                    text(args, "--tag", "load")));
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("load-fixture failed: " + root.getMessage());
            return 1;
        }
    }

    private static int option(String[] args, String name, int fallback) {
        String value = text(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String text(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

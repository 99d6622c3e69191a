package org.xuefa.base;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the jar's commands ({@code generate-city}, {@code move-files-to-database}, {@code load-fixture}) share. */
public final class Commands {
    private Commands() {
    }

    /**
     * Starts the application for a command, on the configured datasource with its migrations. The web application
     * type stays SERVLET because the Vaadin security configuration needs a servlet context; the server listens on a
     * free port of the loopback interface only, and stops when the command closes the context.
     */
    public static ConfigurableApplicationContext start(Class<?> application, String[] args, String... properties) {
        String[] withServer = Arrays.copyOf(args, args.length + 2);
        withServer[args.length] = "--server.port=0";
        withServer[args.length + 1] = "--server.address=127.0.0.1";
        return new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET).properties(properties)
                .run(withServer);
    }

    /** The value of an option given as {@code --name value} or {@code --name=value}, else {@code otherwise}. */
    public static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return otherwise;
    }

    /** The message of the innermost cause: what a command prints when it fails. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

package org.xuefa.base;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar xuefa.jar move-files-to-database [--from DIR] [--delete]}: starts the application against the
 * configured database (its web server on a free loopback port only; PostgreSQL with
 * {@code --spring.profiles.active=postgres} and the usual {@code XUEFA_DB_*} variables, migrations included), copies
 * every uploaded file of the directory ({@code --from}, else {@code xuefa.files.shared-dir} when set, else
 * {@code xuefa.files-dir}) into the table {@code stored_file} ({@link FileMover}), prints the counts and exits.
 * Run it again at will: files already there are counted, not copied twice. {@code --delete} removes from the disk
 * each file whose identical copy is in the database. See docs/deploy.md.
 */
public final class MoveFilesCommand {
    public static final String COMMAND = "move-files-to-database";

    private MoveFilesCommand() {
    }

    /** Runs the command with the application's builder; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        try {
            var context = Commands.start(application, args);
            Environment env = context.getEnvironment();
            String shared = env.getProperty("xuefa.files.shared-dir", "");
            String from = Commands.option(args, "--from",
                    shared.isBlank() ? env.getRequiredProperty("xuefa.files-dir") : shared);
            boolean delete = Arrays.asList(args).contains("--delete");
            var mover = new FileMover(new DatabaseFiles(context.getBean(JdbcTemplate.class),
                    context.getBean(Clock.class)));
            FileMover.Result result = mover.move(Path.of(from), delete);
            System.out.printf("%nFiles of %s in the database: %s%n", Path.of(from).toAbsolutePath(), result);
            int code = SpringApplication.exit(context);
            return result.conflicts() > 0 ? 2 : code;
        } catch (RuntimeException e) {
            System.err.println(COMMAND + " failed: " + e.getMessage());
            return 1;
        }
    }
}

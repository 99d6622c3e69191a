package org.xuefa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.xuefa.base.MoveFilesCommand;
import org.xuefa.citygen.CityCommand;
import org.xuefa.course.CourseValidator;
import org.xuefa.demo.LoadFixtureCommand;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class Application {
    public static void main(String[] args) {
        // course authors check their files without starting a web server
        if (args.length > 0 && CourseValidator.COMMAND.equals(args[0])) {
            System.exit(CourseValidator.run(args, System.out));
        }
        // the city generator starts the application without a web server, generates, and exits
        if (args.length > 0 && CityCommand.COMMAND.equals(args[0])) {
            System.exit(CityCommand.run(Application.class, args));
        }
        // moving uploaded files from a directory into the database (cluster mode), then exiting
        if (args.length > 0 && MoveFilesCommand.COMMAND.equals(args[0])) {
            System.exit(MoveFilesCommand.run(Application.class, args));
        }
        // the HTTP load driver's accounts, exam and session in a demo database (docs/benchmarks.md), then exiting
        if (args.length > 0 && LoadFixtureCommand.COMMAND.equals(args[0])) {
            System.exit(LoadFixtureCommand.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}

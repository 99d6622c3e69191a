package org.xuefa.course;

import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.xuefa.audit.AuditLog;

/** Copies of the shipped courses folder, intact or with one broken question, for tests in any package. */
public final class CourseFixtures {
    private CourseFixtures() {
    }

    public static Path copyOfCourses(Path dir) throws IOException {
        CourseValidatorTest.copy(Path.of("courses"), dir);
        return dir;
    }

    /** Makes the first single-choice answer of the course's bank point at an option that does not exist. */
    public static Path breakFirstSingleAnswer(Path dir, String course) throws IOException {
        Path bank = dir.resolve(course + "/questions.yaml");
        String yaml = Files.readString(bank);
        int at = yaml.indexOf("answer: [", yaml.indexOf("type: single"));
        Files.writeString(bank, yaml.substring(0, at) + "answer: [Z]" + yaml.substring(yaml.indexOf('\n', at)));
        return bank;
    }

    /** A catalog outside Spring (no method security) reading the given folder. */
    public static CourseCatalog catalogOn(Path dir) {
        return new CourseCatalog(dir.toString(), Clock.systemUTC(), mock(AuditLog.class));
    }
}

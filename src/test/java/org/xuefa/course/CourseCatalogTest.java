package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.audit.AuditLog;

class CourseCatalogTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);

    private Path breakAnswer(String course) throws IOException {
        return CourseFixtures.breakFirstSingleAnswer(dir, course);
    }

    @Test
    void a_broken_course_is_listed_with_its_error_and_the_others_are_served() throws IOException {
        CourseValidatorTest.copy(Path.of("courses"), dir);
        breakAnswer("admin-licensing");
        CourseCatalog catalog = new CourseCatalog(dir.toString(), clock, mock(AuditLog.class));
        CourseLibrary lib = catalog.library();
        assertThat(lib.courses()).doesNotContainKey("admin-licensing").containsKeys("admin-penalty",
                "admin-reconsideration", "constitution-basics", "admin-compulsion", "gov-info-disclosure");
        CourseStatus broken = lib.statuses().stream().filter(s -> s.id().equals("admin-licensing")).findFirst()
                .orElseThrow();
        assertThat(broken.served()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("admin-licensing/questions.yaml");
            assertThat(p.messageKey()).isEqualTo("courses.error.answer-not-option");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void a_course_broken_after_a_good_read_keeps_its_last_good_version() throws IOException {
        CourseValidatorTest.copy(Path.of("courses"), dir);
        CourseCatalog catalog = new CourseCatalog(dir.toString(), clock, mock(AuditLog.class));
        int questions = catalog.library().courses().get("admin-penalty").questions().size();
        breakAnswer("admin-penalty");
        CourseLibrary after = catalog.reload();
        assertThat(after.courses().get("admin-penalty").questions()).hasSize(questions);
        CourseStatus status = after.statuses().stream().filter(s -> s.id().equals("admin-penalty")).findFirst()
                .orElseThrow();
        assertThat(status.stale()).isTrue();
        assertThat(status.errors()).isPositive();
    }

    @Test
    void a_missing_folder_never_stops_the_app() {
        CourseCatalog catalog = new CourseCatalog(dir.resolve("nowhere").toString(), clock, mock(AuditLog.class));
        assertThat(catalog.library().courses()).isEmpty();
        assertThat(catalog.library().lawProblems()).isNotEmpty();
    }

    @Test
    void questions_citing_an_amended_law_are_flagged() throws IOException {
        CourseValidatorTest.copy(Path.of("courses"), dir);
        Path bank = dir.resolve("admin-reconsideration/questions.yaml");
        String yaml = Files.readString(bank);
        Files.writeString(bank, yaml.replaceFirst("law: admin-reconsideration-2023", "law: admin-reconsideration-2017"));
        CourseLibrary lib = new CourseCatalog(dir.toString(), clock, mock(AuditLog.class)).library();
        Course course = lib.courses().get("admin-reconsideration");
        assertThat(course.questions()).filteredOn(lib::isFlagged).hasSize(1);
        assertThat(lib.statuses()).filteredOn(s -> s.id().equals("admin-reconsideration"))
                .singleElement().satisfies(s -> {
                    assertThat(s.flaggedQuestions()).isEqualTo(1);
                    assertThat(s.problems()).anySatisfy(p -> {
                        assertThat(p.messageKey()).isEqualTo("courses.warning.outdated-law");
                        assertThat(p.args()).contains("admin-reconsideration-2023");
                    });
                });
    }

    @Test
    void the_credit_rule_follows_reading_time_unless_the_course_says() {
        CreditRule rule = CreditRule.defaults();
        assertThat(rule.hoursFor(45)).isEqualByComparingTo("1");
        assertThat(rule.hoursFor(30)).isEqualByComparingTo("1");
        assertThat(rule.hoursFor(29)).isEqualByComparingTo("0.5");
        assertThat(rule.hoursFor(15)).isEqualByComparingTo("0.5");
        assertThat(rule.hoursFor(14)).isEqualByComparingTo("0.25");
        CreditRule strict = new CreditRule(60, 30, new BigDecimal("2"), null, null);
        assertThat(strict.hoursFor(45)).isEqualByComparingTo("0.5");
        assertThat(strict.hoursFor(60)).isEqualByComparingTo("2");
    }
}

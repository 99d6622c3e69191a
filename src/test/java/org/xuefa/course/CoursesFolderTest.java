package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.audit.AuditLog;

/** Which courses folder the app reads: the configured one, ./courses, or the copy built into the jar. */
class CoursesFolderTest {
    @TempDir
    Path tmp;

    @Test
    void a_configured_folder_that_exists_wins() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.createDirectories(tmp.resolve("courses"));
        try (CoursesFolder folder = CoursesFolder.resolve(mine.toString(), tmp)) {
            assertThat(folder.origin()).isEqualTo(CoursesFolder.Origin.CONFIGURED);
            assertThat(folder.path()).isEqualTo(mine.toAbsolutePath());
            assertThat(folder.note()).isNull();
        }
    }

    @Test
    void a_configured_folder_that_is_missing_falls_back_to_the_working_folder_with_a_note() throws IOException {
        Files.createDirectories(tmp.resolve("courses"));
        try (CoursesFolder folder = CoursesFolder.resolve(tmp.resolve("nowhere").toString(), tmp)) {
            assertThat(folder.origin()).isEqualTo(CoursesFolder.Origin.WORKING_DIR);
            assertThat(folder.path()).isEqualTo(tmp.resolve("courses").toAbsolutePath());
            assertThat(folder.note()).contains("nowhere");
        }
    }

    @Test
    void without_either_the_built_in_copy_is_extracted_read_like_a_folder_and_removed_on_close() {
        Path extracted;
        try (CoursesFolder folder = CoursesFolder.resolve("", tmp)) {
            assertThat(folder.origin()).isEqualTo(CoursesFolder.Origin.BUILT_IN);
            assertThat(folder.describe()).startsWith("built-in courses");
            extracted = folder.path();
            assertThat(extracted.resolve("laws.yaml")).exists();
            assertThat(extracted.resolve("README.md")).doesNotExist();
            CourseCatalog catalog = new CourseCatalog(folder, Clock.systemUTC(), mock(AuditLog.class));
            CourseFolderReader.Result shipped = CourseFolderReader.read(Path.of("courses"));
            assertThat(catalog.library().courses()).hasSize(shipped.courses().size()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(catalog.library().statuses()).allSatisfy(s -> assertThat(s.errors()).isZero());
            // reload reads the same extracted copy
            assertThat(CourseFolderReader.read(extracted).courses()).hasSameSizeAs(shipped.courses());
        }
        assertThat(extracted).doesNotExist();
    }
}

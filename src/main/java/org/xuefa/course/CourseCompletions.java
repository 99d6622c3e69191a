package org.xuefa.course;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.SpreadsheetStream;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.ReportScopes;
import org.xuefa.people.Subtrees;

/**
 * Who in one's scope has started and completed which course, counted and paged by the database
 * ({@link CompletionsSql}); for one course, who has not started is listed too. Exported as CSV and XLSX, streamed.
 */
@Service
@Transactional(readOnly = true)
public class CourseCompletions {
    private final CompletionsSql sql;
    private final ReportScopes scopes;
    private final CourseCatalog catalog;
    private final Messages messages;
    private final Clock clock;

    CourseCompletions(CompletionsSql sql, ReportScopes scopes, CourseCatalog catalog, Messages messages,
            Clock clock) {
        this.sql = sql;
        this.scopes = scopes;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    /** How many rows the report has: for one course everyone in scope, else the started courses. */
    @Allowed.Overseers
    public long count(String courseId) {
        Subtrees scope = scopes.readable();
        return scope.isEmpty() ? 0 : sql.count(courseId, scope);
    }

    /** A page of the report, optionally for one course (then with who has not started), in the given order. */
    @Allowed.Overseers
    public List<CompletionRow> rows(String courseId, CompletionOrder order, int offset, int limit) {
        Subtrees scope = scopes.readable();
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Course> courses = catalog.library().courses();
        return sql.page(courseId, scope, order == null ? CompletionOrder.STATUS : order, Math.max(0, offset),
                Math.max(0, limit)).stream().map(l -> row(l, courses)).toList();
    }

    private static CompletionRow row(CompletionsSql.Line l, Map<String, Course> courses) {
        Course course = courses.get(l.courseId());
        int lessons = course == null ? 0 : course.lessons().size();
        int finished = l.completedLessons() == null || l.completedLessons().isBlank() ? 0
                : (int) Arrays.stream(l.completedLessons().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .mapToInt(Integer::parseInt).filter(n -> n <= lessons).count();
        return new CompletionRow(l.officialId(), l.name(), l.staffNumber(), l.unitName(), l.courseId(),
                course == null ? l.courseId() : course.titleZh(), finished, lessons, l.startedAt(), l.completedAt(),
                l.hours());
    }

    /** The file name without extension: the course (or "all"), the scope's unit codes, today. */
    @Allowed.Overseers
    public String fileName(String courseId) {
        return "course-completions-" + (courseId == null ? "all" : courseId.replaceAll("[^A-Za-z0-9_-]", "_"))
                + "-" + scopes.readable().label() + "-" + LocalDate.now(clock);
    }

    @Allowed.Overseers
    public void csv(String courseId, Locale locale, OutputStream out) {
        Subtrees scope = scopes.readable();
        SpreadsheetStream.csv(out, rows -> write(courseId, scope, locale, rows));
    }

    @Allowed.Overseers
    public void xlsx(String courseId, Locale locale, OutputStream out) {
        Subtrees scope = scopes.readable();
        SpreadsheetStream.xlsx(out, messages.getTranslation("completions.title", locale),
                rows -> write(courseId, scope, locale, rows));
    }

    /** The whole CSV in memory, for tests. */
    @Allowed.Overseers
    public byte[] csv(String courseId, Locale locale) {
        var out = new ByteArrayOutputStream();
        csv(courseId, locale, out);
        return out.toByteArray();
    }

    private void write(String courseId, Subtrees scope, Locale locale, SpreadsheetStream.Rows rows) {
        rows.row(List.of("name", "staffNumber", "unit", "course", "lessons", "started", "completed", "hours").stream()
                .map(k -> messages.getTranslation("completions.col." + k, locale)).toList());
        if (scope.isEmpty()) {
            return;
        }
        Map<String, Course> courses = catalog.library().courses();
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
        sql.each(courseId, scope, l -> {
            CompletionRow r = row(l, courses);
            Course course = courses.get(r.courseId());
            List<Object> v = new ArrayList<>();
            v.add(r.officialName());
            v.add(r.staffNumber());
            v.add(r.unitName());
            v.add(course == null ? r.courseTitle() : course.title(locale));
            v.add(r.finishedLessons() + "/" + r.lessonCount());
            v.add(r.startedAt() == null ? messages.getTranslation("completions.notStarted", locale)
                    : date.format(r.startedAt()));
            v.add(r.completedAt() == null ? "" : date.format(r.completedAt()));
            v.add(r.hours() == null ? "" : r.hours());
            rows.row(v);
        });
    }
}

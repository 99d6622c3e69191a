package org.xuefa.course;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.base.Allowed;
import org.xuefa.security.Role;

/** Who in one's scope has started and completed which course; exported as CSV and XLSX. */
@Service
@Transactional(readOnly = true)
public class CourseCompletions {
    private final Officials officials;
    private final CourseProgressRepository progress;
    private final CourseCatalog catalog;
    private final Messages messages;
    private final Clock clock;

    CourseCompletions(Officials officials, CourseProgressRepository progress, CourseCatalog catalog,
            Messages messages, Clock clock) {
        this.officials = officials;
        this.progress = progress;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every started course of every official in scope, optionally for one course, completed first. */
    @Allowed.Overseers
    public List<CompletionRow> rows(String courseId) {
        Map<Long, OfficialRecord> people = officials.allInScope(Role.ORGANIZER, Role.HR, Role.LEADER).stream()
                .collect(Collectors.toMap(OfficialRecord::id, Function.identity()));
        if (people.isEmpty()) {
            return List.of();
        }
        Map<String, Course> courses = catalog.library().courses();
        List<CompletionRow> rows = new ArrayList<>();
        for (CourseProgress p : progress.findByOfficialIdIn(people.keySet())) {
            Course course = courses.get(p.courseId());
            if (course == null || (courseId != null && !courseId.equals(p.courseId()))) {
                continue;
            }
            OfficialRecord o = people.get(p.officialId());
            ProgressRecord r = p.toRecord(course.lessons().size());
            rows.add(new CompletionRow(o.id(), o.name(), o.staffNumber(), o.unitName(), course.id(), course.titleZh(),
                    (int) r.finishedLessons().stream().filter(n -> n <= r.lessonCount()).count(), r.lessonCount(),
                    r.startedAt(), r.completedAt(), r.creditedHours()));
        }
        rows.sort(Comparator.comparing((CompletionRow r) -> r.completedAt() == null)
                .thenComparing(CompletionRow::unitName).thenComparing(CompletionRow::officialName));
        return rows;
    }

    @Allowed.Overseers
    public byte[] csv(String courseId, Locale locale) {
        return Spreadsheets.csv(table(courseId, locale));
    }

    @Allowed.Overseers
    public byte[] xlsx(String courseId, Locale locale) {
        return Spreadsheets.xlsx(messages.getTranslation("completions.title", locale), table(courseId, locale));
    }

    private List<List<Object>> table(String courseId, Locale locale) {
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(headers(locale)));
        rows(courseId).forEach(r -> table.add(values(r, locale)));
        return table;
    }

    private List<String> headers(Locale locale) {
        return List.of("name", "staffNumber", "unit", "course", "lessons", "started", "completed", "hours").stream()
                .map(k -> messages.getTranslation("completions.col." + k, locale)).toList();
    }

    private List<Object> values(CompletionRow r, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
        String title = catalog.library().courses().get(r.courseId()).title(locale);
        List<Object> v = new ArrayList<>();
        v.add(r.officialName());
        v.add(r.staffNumber());
        v.add(r.unitName());
        v.add(title);
        v.add(r.finishedLessons() + "/" + r.lessonCount());
        v.add(r.startedAt() == null ? "" : date.format(r.startedAt()));
        v.add(r.completedAt() == null ? "" : date.format(r.completedAt()));
        v.add(r.hours() == null ? "" : r.hours());
        return v;
    }
}

package org.xuefa.studymakeup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.course.Course;
import org.xuefa.course.CourseLibrary;
import org.xuefa.study.LessonRef;

/** What a make-up task asks for, when it is due and when it is done; plain rules without a database. */
final class MakeupRules {
    private MakeupRules() {
    }

    /**
     * The lessons to read and the courses whose quiz to pass. No lessons means the task is to read the session's
     * record and confirm.
     */
    record Requirements(List<LessonRef> lessons, Set<String> quizCourses) {
        Requirements {
            lessons = List.copyOf(lessons);
            quizCourses = Set.copyOf(quizCourses);
        }

        boolean confirmOnly() {
            return lessons.isEmpty();
        }
    }

    /**
     * The session's linked lessons that still exist in the catalogue, and each of their courses that has an
     * end-of-course quiz. A lesson whose course has since been removed is no longer asked for.
     */
    static Requirements of(List<LessonRef> linked, CourseLibrary library) {
        List<LessonRef> lessons = linked.stream().filter(ref -> {
            Course c = library.courses().get(ref.courseId());
            return c != null && c.lesson(ref.lessonNo()).isPresent();
        }).distinct().toList();
        Set<String> quizzes = new LinkedHashSet<>();
        lessons.forEach(ref -> {
            if (library.courses().get(ref.courseId()).quiz() != null) {
                quizzes.add(ref.courseId());
            }
        });
        return new Requirements(lessons, quizzes);
    }

    /** Every lesson finished (at any time) and every quiz passed (since the task was assigned). */
    static boolean satisfied(Requirements r, Map<String, Set<Integer>> finished, Set<String> passedQuizzes) {
        if (r.confirmOnly()) {
            return false; // only the official's confirmation completes it
        }
        boolean read = r.lessons().stream()
                .allMatch(l -> finished.getOrDefault(l.courseId(), Set.of()).contains(l.lessonNo()));
        return read && passedQuizzes.containsAll(r.quizCourses());
    }

    static boolean read(LessonRef lesson, Map<String, Set<Integer>> finished) {
        return finished.getOrDefault(lesson.courseId(), Set.of()).contains(lesson.lessonNo());
    }

    /**
     * Due {@code days} after the later of the session's day and the day the task is assigned, so a session closed
     * late (or a mark corrected weeks after) never hands out a task that is already overdue.
     */
    static LocalDate dueOn(LocalDate sessionDay, LocalDate assignedDay, int days) {
        return (assignedDay.isAfter(sessionDay) ? assignedDay : sessionDay).plusDays(days);
    }

    /** The courses whose lessons the requirements name. */
    static Set<String> coursesOf(Collection<MakeupRules.Requirements> required) {
        return required.stream().flatMap(r -> r.lessons().stream()).map(LessonRef::courseId)
                .collect(Collectors.toSet());
    }
}

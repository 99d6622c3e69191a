package org.xuefa.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.QuestionType;
import org.xuefa.base.Allowed;

/**
 * A course's end-of-course quiz on the exam engine, in its lighter setting: drawn from the course's bank,
 * unlimited attempts, the highest counts, review right after submitting. Passing it counts toward completion.
 */
@Service
public class CourseQuizzes {
    private static final Instant ALWAYS_OPEN = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER_CLOSES = Instant.parse("2999-01-01T00:00:00Z");
    private final ExamRepository exams;
    private final ExamTaking taking;
    private final CourseCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    CourseQuizzes(ExamRepository exams, ExamTaking taking, CourseCatalog catalog, TransactionTemplate tx,
            Clock clock) {
        this.exams = exams;
        this.taking = taking;
        this.catalog = catalog;
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether the course exists and has a quiz (the quiz page sends the reader back to the catalogue if not). */
    @Allowed.SignedIn
    public boolean offered(String courseId) {
        return catalog.course(courseId).map(c -> c.quiz() != null).orElse(false);
    }

    /** Starts (or resumes) the signed-in official's quiz attempt for a course; returns the attempt id. */
    @Allowed.SignedIn
    public Long start(String courseId) {
        Course course = catalog.course(courseId).orElseThrow(() -> new BusinessException("course.error.unknown", courseId));
        if (course.quiz() == null) {
            throw new BusinessException("quiz.error.none", courseId);
        }
        Long examId = exams.findFirstByKindAndCourseId(ExamKind.COURSE_QUIZ, courseId).map(Exam::getId)
                .orElseGet(() -> create(course));
        return taking.start(examId);
    }

    private Long create(Course course) {
        try {
            return tx.execute(s -> {
                Exam exam = new Exam(new ExamSettings(course.titleZh() + " · 结业测验", ExamKind.COURSE_QUIZ, null,
                        course.id(), Set.of(), ALWAYS_OPEN, NEVER_CLOSES, null, null, 30,
                        sections(course, catalog.library()), new Bands(course.quiz().passPercent(),
                                Math.max(course.quiz().passPercent(), 80), Math.max(course.quiz().passPercent(), 90)),
                        0, Counting.HIGHEST, false, ReviewPolicy.AFTER_SUBMIT, false), clock.instant());
                exam.publish();
                return exams.saveAndFlush(exam).getId();
            });
        } catch (DataIntegrityViolationException e) {
            return exams.findFirstByKindAndCourseId(ExamKind.COURSE_QUIZ, course.id()).orElseThrow().getId();
        }
    }

    /** The quiz's questions split over the types the bank holds, in proportion, one point each. */
    static List<Section> sections(Course course, CourseLibrary library) {
        Map<QuestionType, Integer> available = new EnumMap<>(QuestionType.class);
        course.practiceQuestions().stream().filter(q -> !library.isFlagged(q))
                .forEach(q -> available.merge(q.type(), 1, Integer::sum));
        int total = available.values().stream().mapToInt(Integer::intValue).sum();
        int wanted = course.quiz().questions();
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        int given = 0;
        for (var e : available.entrySet()) {
            int n = Math.min(e.getValue(), (int) Math.floor(wanted * e.getValue() / (double) total));
            counts.put(e.getKey(), n);
            given += n;
        }
        for (var e : available.entrySet()) {
            while (given < wanted && counts.get(e.getKey()) < e.getValue()) {
                counts.merge(e.getKey(), 1, Integer::sum);
                given++;
            }
        }
        List<Section> sections = new ArrayList<>();
        counts.forEach((type, n) -> {
            if (n > 0) {
                sections.add(new Section(type, n, BigDecimal.ONE, List.of(course.id()), List.of(), Set.of()));
            }
        });
        return sections;
    }
}

package org.xuefa.course;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xuefa.base.AbstractEntity;

/** Where an official is in a course: the last lesson opened, the lessons finished, and completion. */
@Entity
@Table(name = "course_progress")
class CourseProgress extends AbstractEntity {
    private Long officialId;
    private String courseId;
    private int courseVersion;
    private int lastLesson;
    private String completedLessons;
    private Instant startedAt;
    private Instant updatedAt;
    private Instant completedAt;
    private BigDecimal creditedHours;
    private Instant quizPassedAt;

    protected CourseProgress() {
    }

    CourseProgress(Long officialId, Course course, Instant now) {
        this.officialId = officialId;
        this.courseId = course.id();
        this.courseVersion = course.version();
        this.lastLesson = 1;
        this.completedLessons = "";
        this.startedAt = now;
        this.updatedAt = now;
    }

    void open(int lesson, Instant now) {
        this.lastLesson = lesson;
        this.updatedAt = now;
    }

    /**
     * Marks a lesson finished. Returns true exactly once: when this makes every lesson of the course finished, so
     * the course is completed and credited a single time however often it is called.
     */
    boolean finish(int lesson, Course course, BigDecimal hours, Instant now) {
        Set<Integer> done = done();
        done.add(lesson);
        this.completedLessons = done.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.updatedAt = now;
        return completeIfDone(course, hours, now);
    }

    /** Records a passed end-of-course quiz; returns true when this completes the course. */
    boolean passQuiz(Course course, BigDecimal hours, Instant now) {
        if (quizPassedAt == null) {
            this.quizPassedAt = now;
        }
        this.updatedAt = now;
        return completeIfDone(course, hours, now);
    }

    /** Complete once every lesson is finished and, when the course has a quiz, the quiz is passed. */
    private boolean completeIfDone(Course course, BigDecimal hours, Instant now) {
        boolean lessonsDone = done().containsAll(course.lessons().stream().map(Lesson::number).toList());
        boolean quizDone = course.quiz() == null || quizPassedAt != null;
        if (completedAt == null && lessonsDone && quizDone) {
            this.completedAt = now;
            this.creditedHours = hours;
            this.courseVersion = course.version();
            return true;
        }
        return false;
    }

    Set<Integer> done() {
        return parse(completedLessons);
    }

    /** The stored list of finished lessons ("1,3,4") as numbers. */
    static Set<Integer> parse(String completedLessons) {
        return completedLessons == null || completedLessons.isBlank() ? new TreeSet<>()
                : Arrays.stream(completedLessons.split(",")).map(Integer::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    ProgressRecord toRecord(int lessonCount) {
        return new ProgressRecord(courseId, officialId, lastLesson, Set.copyOf(done()), lessonCount, startedAt,
                completedAt, creditedHours, quizPassedAt);
    }

    Long officialId() {
        return officialId;
    }

    String courseId() {
        return courseId;
    }
}

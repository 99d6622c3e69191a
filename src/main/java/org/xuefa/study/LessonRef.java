package org.xuefa.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A course lesson linked to a session (course id and lesson number from courses/). */
@Embeddable
public class LessonRef {
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "lesson_no")
    private int lessonNo;

    protected LessonRef() {
    }

    public LessonRef(String courseId, int lessonNo) {
        this.courseId = Objects.requireNonNull(courseId);
        this.lessonNo = lessonNo;
    }

    public String courseId() {
        return courseId;
    }

    public int lessonNo() {
        return lessonNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonRef l && l.courseId.equals(courseId) && l.lessonNo == lessonNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseId, lessonNo);
    }
}

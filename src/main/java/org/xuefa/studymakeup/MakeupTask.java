package org.xuefa.studymakeup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;
import org.xuefa.study.AttendanceStatus;

/**
 * Make-up study (补学) owed by one official for one closed session they missed: read the session's lessons and
 * pass their courses' quizzes after the task was assigned, or, for a session without lessons, read its record and
 * confirm with a short note. One per session and official.
 */
@Entity
@Table(name = "makeup_task")
class MakeupTask extends AbstractEntity {
    static final int MAX_NOTE = 1000;

    private Long sessionId;
    private Long officialId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus reason;
    @Enumerated(EnumType.STRING)
    private MakeupStatus status;
    private Instant assignedAt;
    private LocalDate dueOn;
    private String passedQuizzes;
    private String confirmation;
    private Instant completedAt;

    protected MakeupTask() {
    }

    MakeupTask(Long sessionId, Long officialId, AttendanceStatus reason, Instant now, LocalDate dueOn) {
        requireMissed(reason);
        this.sessionId = sessionId;
        this.officialId = officialId;
        this.reason = reason;
        this.status = MakeupStatus.OPEN;
        this.assignedAt = now;
        this.dueOn = dueOn;
        this.passedQuizzes = "";
    }

    private static void requireMissed(AttendanceStatus reason) {
        if (reason == null || reason.attended()) {
            throw new IllegalArgumentException("make-up is for the absent and the excused, not " + reason);
        }
    }

    /** A quiz passed at {@code at} counts when the task is open and it was passed after the task was assigned. */
    boolean passQuiz(String courseId, Instant at) {
        if (status != MakeupStatus.OPEN || at.isBefore(assignedAt) || passed().contains(courseId)) {
            return false;
        }
        Set<String> passed = passed();
        passed.add(courseId);
        this.passedQuizzes = String.join(",", passed);
        return true;
    }

    /** Completes an open task whose lessons are all read and quizzes passed; true when this completed it. */
    boolean completeIfDone(MakeupRules.Requirements required, Map<String, Set<Integer>> finished,
            Instant now) {
        if (status != MakeupStatus.OPEN || !MakeupRules.satisfied(required, finished, passed())) {
            return false;
        }
        this.status = MakeupStatus.DONE;
        this.completedAt = now;
        return true;
    }

    /** For a session without lessons: the official read its record and says what they took from it. */
    void confirm(String note, Instant now) {
        if (status != MakeupStatus.OPEN) {
            throw new BusinessException("makeup.error.not-open");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessException("makeup.error.note");
        }
        if (note.trim().length() > MAX_NOTE) {
            throw new BusinessException("makeup.error.note-long", MAX_NOTE);
        }
        this.confirmation = note.trim();
        this.status = MakeupStatus.DONE;
        this.completedAt = now;
    }

    /** The mark was corrected to attended: an open task is no longer owed. True when this cancelled it. */
    boolean cancel() {
        if (status != MakeupStatus.OPEN) {
            return false;
        }
        this.status = MakeupStatus.CANCELLED;
        return true;
    }

    /**
     * The mark is (again) absent or excused: a cancelled task opens anew from now with a new due date; an open or
     * done one keeps its state and takes the new reason. True when anything changed.
     */
    boolean missedAgain(AttendanceStatus newReason, Instant now, LocalDate newDue) {
        requireMissed(newReason);
        boolean changed = reason != newReason;
        this.reason = newReason;
        if (status == MakeupStatus.CANCELLED) {
            this.status = MakeupStatus.OPEN;
            this.assignedAt = now;
            this.dueOn = newDue;
            this.passedQuizzes = "";
            changed = true;
        }
        return changed;
    }

    void changeDue(LocalDate due, LocalDate sessionDay) {
        if (due == null || due.isBefore(sessionDay)) {
            throw new BusinessException("makeup.error.due", sessionDay);
        }
        if (status != MakeupStatus.OPEN) {
            throw new BusinessException("makeup.error.not-open");
        }
        this.dueOn = due;
    }

    Set<String> passed() {
        return passedQuizzes == null || passedQuizzes.isBlank() ? new TreeSet<>()
                : Arrays.stream(passedQuizzes.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean overdueOn(LocalDate today) {
        return status == MakeupStatus.OPEN && today.isAfter(dueOn);
    }

    Long sessionId() {
        return sessionId;
    }

    Long officialId() {
        return officialId;
    }

    AttendanceStatus reason() {
        return reason;
    }

    MakeupStatus status() {
        return status;
    }

    Instant assignedAt() {
        return assignedAt;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String confirmation() {
        return confirmation;
    }

    Instant completedAt() {
        return completedAt;
    }
}

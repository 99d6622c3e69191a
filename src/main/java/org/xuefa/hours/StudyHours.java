package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.course.CourseCompleted;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.study.SessionHoursEarned;
import org.xuefa.study.SessionHoursWithdrawn;

/** The study-hour ledger: credits study as it is completed and tells officials their hours of the year. */
@Service
@Transactional
public class StudyHours {
    static final String COURSE = "COURSE";
    static final String SESSION = "SESSION";

    private final StudyCreditRepository credits;
    private final CurrentUser currentUser;
    private final Clock clock;

    StudyHours(StudyCreditRepository credits, CurrentUser currentUser, Clock clock) {
        this.credits = credits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Credits a completed course in the year of completion, inside the completing transaction, at most once. */
    @EventListener
    void on(CourseCompleted event) {
        int year = LocalDate.ofInstant(event.completedAt(), clock.getZone()).getYear();
        if (!credits.existsByOfficialIdAndSourceAndSourceRefAndYear(event.officialId(), COURSE, event.courseId(),
                year)) {
            credits.save(new StudyCredit(event.officialId(), year, COURSE, event.courseId(), event.courseTitle(),
                    event.hours(), event.completedAt()));
        }
    }

    /** Credits a closed session's attendee with its hours, in the session's year, at most once. */
    @EventListener
    void on(SessionHoursEarned event) {
        if (event.hours() == null || event.hours().signum() <= 0) {
            return;
        }
        int year = LocalDate.ofInstant(event.heldAt(), clock.getZone()).getYear();
        String ref = String.valueOf(event.sessionId());
        if (!credits.existsByOfficialIdAndSourceAndSourceRefAndYear(event.officialId(), SESSION, ref, year)) {
            credits.save(new StudyCredit(event.officialId(), year, SESSION, ref, event.title(), event.hours(),
                    clock.instant()));
        }
    }

    /** Takes a session's hours back when a corrected mark says the official did not attend after all. */
    @EventListener
    void on(SessionHoursWithdrawn event) {
        int year = LocalDate.ofInstant(event.heldAt(), clock.getZone()).getYear();
        credits.deleteByOfficialIdAndSourceAndSourceRefAndYear(event.officialId(), SESSION,
                String.valueOf(event.sessionId()), year);
    }

    /** The signed-in official's credits this year, newest first. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CreditRecord> myCreditsThisYear() {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return List.of();
        }
        return credits.findByOfficialIdAndYearOrderByCreditedAtDescIdDesc(officialId, LocalDate.now(clock).getYear())
                .stream().map(StudyCredit::toRecord).toList();
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public BigDecimal myHoursThisYear() {
        return myCreditsThisYear().stream().map(CreditRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseCompleted;
import org.xuefa.course.CourseQuizPassed;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.study.SessionHoursEarned;
import org.xuefa.study.SessionHoursWithdrawn;

/** The study-hour ledger: credits study as it is completed and tells officials their hours of the year. */
@Service
@Transactional
public class StudyHours {
    static final String COURSE = CreditSource.COURSE.name();
    static final String SESSION = CreditSource.SESSION.name();
    static final String QUIZ = CreditSource.QUIZ.name();

    private final StudyCreditRepository credits;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HoursPolicy policy;
    private final Officials officials;
    private final CourseCatalog catalog;
    private final BigDecimal quizHours;

    StudyHours(StudyCreditRepository credits, CurrentUser currentUser, Clock clock, HoursPolicy policy,
            Officials officials, CourseCatalog catalog, @Value("${xuefa.hours.quiz:0.5}") BigDecimal quizHours) {
        this.credits = credits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.policy = policy;
        this.officials = officials;
        this.catalog = catalog;
        this.quizHours = quizHours;
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

    /**
     * Credits a passed end-of-course quiz with {@code xuefa.hours.quiz} hours (0.5 by default, one provincial
     * platform's rule; 0 turns it off), toward online self-study, on top of the course's own hours: once per
     * official and course, however often and in whichever year the quiz is passed again.
     */
    @EventListener
    void on(CourseQuizPassed event) {
        if (quizHours == null || quizHours.signum() <= 0
                || credits.existsByOfficialIdAndSourceAndSourceRef(event.officialId(), QUIZ, event.courseId())) {
            return;
        }
        int year = LocalDate.ofInstant(event.at(), clock.getZone()).getYear();
        String title = Optional.ofNullable(catalog.library().courses().get(event.courseId())).map(Course::titleZh)
                .orElse(event.courseId());
        credits.save(new StudyCredit(event.officialId(), year, QUIZ, event.courseId(), title, quizHours, event.at()));
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

    /** The signed-in official's progress on each requirement today, and the credits of the year; empty if none. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<MyHours> mine() {
        return officials.me().map(me -> {
            LocalDate today = LocalDate.now(clock);
            return new MyHours(today.getYear(), today, me.category(),
                    progress(me.id(), me.category(), today),
                    credits.findByOfficialIdAndYearOrderByCreditedAtDescIdDesc(me.id(), today.getYear()).stream()
                            .map(StudyCredit::toRecord).toList());
        });
    }

    /** An official's progress on the date: one's own, or of an official in the reader's scope. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<Progress> progressOf(Long officialId, LocalDate date) {
        boolean me = officialId.equals(currentUser.require().officialId());
        if (!me) {
            officials.requireInScope(officialId, Role.HR, Role.LEADER, Role.ORGANIZER);
        }
        OfficialCategory category = (me ? officials.me() : officials.find(officialId))
                .map(OfficialRecord::category).orElse(OfficialCategory.STAFF);
        return progress(officialId, category, date);
    }

    /** One official's progress on the date (the caller has checked who may see it). */
    List<Progress> progress(Long officialId, OfficialCategory category, LocalDate date) {
        Instant since = date.plusDays(1).minusDays(PaceRules.RECENT_DAYS).atStartOfDay(clock.getZone()).toInstant();
        Map<RequirementKind, BigDecimal[]> sums = new EnumMap<>(RequirementKind.class);
        for (Object[] row : credits.byKind(officialId, date.getYear(), since)) {
            sums.put((RequirementKind) row[0], new BigDecimal[] {decimal(row[1]), decimal(row[2])});
        }
        List<Progress> out = new ArrayList<>();
        for (RequirementKind kind : RequirementKind.values()) {
            BigDecimal perYear = policy.of(date.getYear(), category, kind).perYear();
            BigDecimal[] s = sums.getOrDefault(kind, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            out.add(new Progress(kind, perYear, s[0], PaceRules.expected(perYear, date), s[1],
                    PaceRules.standing(perYear, s[0], s[1], date)));
        }
        return out;
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}

package org.xuefa.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.BusinessException;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.PostKind;
import org.xuefa.people.ReportScopes;
import org.xuefa.people.Subtrees;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/** A signed-in official's study: the courses meant for them, reading lessons, and completing courses. */
@Service
@Transactional
public class CourseStudy {
    private static final int CHUNK = 100;
    private final CourseCatalog catalog;
    private final CourseProgressRepository progress;
    private final Officials officials;
    private final Establishment establishment;
    private final CurrentUser currentUser;
    private final CreditRule creditRule;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompletionsSql completionsSql;
    private final ReportScopes scopes;

    CourseStudy(CourseCatalog catalog, CourseProgressRepository progress, Officials officials,
            Establishment establishment, CurrentUser currentUser, CreditRule creditRule,
            ApplicationEventPublisher events, Clock clock, CompletionsSql completionsSql, ReportScopes scopes) {
        this.completionsSql = completionsSql;
        this.scopes = scopes;
        this.catalog = catalog;
        this.progress = progress;
        this.officials = officials;
        this.establishment = establishment;
        this.currentUser = currentUser;
        this.creditRule = creditRule;
        this.events = events;
        this.clock = clock;
    }

    /** A course with what the signed-in official has done in it. */
    public record CourseCard(Course course, BigDecimal hours, ProgressRecord progress) {
    }

    /**
     * The courses for the signed-in official's audience (everyone; leadership for leaders; enforcement for holders
     * of enforcement posts). Organizers, HR and administrators see every course.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CourseCard> myCatalogue() {
        Set<Audience> mine = myAudience();
        Map<String, ProgressRecord> done = myProgress();
        return catalog.courses().stream()
                .filter(c -> c.audience().stream().anyMatch(mine::contains))
                .map(c -> new CourseCard(c, creditRule.hoursFor(c),
                        done.getOrDefault(c.id(), ProgressRecord.none(c.id(), c.lessons().size()))))
                .toList();
    }

    /**
     * Courses suggested for the signed-in official's post, among those meant for them and not yet completed: for a
     * holder of an enforcement post the enforcement laws (audience enforcement) and the laws of enforcement fields,
     * for leaders the courses for leadership, and for everyone the Constitution. Most specific first.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<CourseCard> suggestedForMe() {
        var user = currentUser.require();
        if (user.officialId() == null) {
            return List.of();
        }
        boolean enforcement = establishment.myPostKinds().contains(PostKind.ENFORCEMENT);
        boolean leader = user.has(Role.LEADER)
                || officials.me().map(o -> o.category() != OfficialCategory.STAFF).orElse(false);
        List<CourseCard> all = myCatalogue();
        return all.stream().filter(c -> !c.progress().completed())
                .filter(c -> suggestionRank(c.course(), enforcement, leader) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt((CourseCard c) -> suggestionRank(c.course(), enforcement, leader))
                        .thenComparingInt(all::indexOf))
                .toList();
    }

    static int suggestionRank(Course c, boolean enforcement, boolean leader) {
        if (enforcement && c.audience().contains(Audience.ENFORCEMENT)) {
            return 0;
        }
        if (enforcement && c.group() == CourseGroup.ENFORCEMENT_FIELD) {
            return 1;
        }
        if (leader && c.audience().contains(Audience.LEADERSHIP)) {
            return 2;
        }
        return c.group() == CourseGroup.CONSTITUTION ? 3 : Integer.MAX_VALUE;
    }

    Set<Audience> myAudience() {
        var user = currentUser.require();
        if (user.has(Role.ADMIN) || user.has(Role.ORGANIZER) || user.has(Role.HR)) {
            return EnumSet.allOf(Audience.class);
        }
        Set<Audience> audience = EnumSet.of(Audience.EVERYONE);
        Optional<OfficialRecord> me = officials.me();
        if (user.has(Role.LEADER) || me.map(o -> o.category() != OfficialCategory.STAFF).orElse(false)) {
            audience.add(Audience.LEADERSHIP);
        }
        if (establishment.myPostKinds().contains(PostKind.ENFORCEMENT)) {
            audience.add(Audience.ENFORCEMENT);
        }
        return audience;
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Map<String, ProgressRecord> myProgress() {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return Map.of();
        }
        Map<String, Course> courses = catalog.library().courses();
        return progress.findByOfficialId(officialId).stream().filter(p -> courses.containsKey(p.courseId()))
                .map(p -> p.toRecord(courses.get(p.courseId()).lessons().size()))
                .collect(Collectors.toMap(ProgressRecord::courseId, Function.identity()));
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public ProgressRecord progressIn(String courseId) {
        Course course = course(courseId);
        return myProgress().getOrDefault(courseId, ProgressRecord.none(courseId, course.lessons().size()));
    }

    /** Opens a lesson and remembers it as where the reader stopped. */
    @Allowed.SignedIn
    public Lesson open(String courseId, int lessonNumber) {
        Course course = course(courseId);
        Lesson lesson = course.lesson(lessonNumber)
                .orElseThrow(() -> new BusinessException("course.error.no-lesson", lessonNumber));
        own(course).ifPresent(p -> p.open(lessonNumber, clock.instant()));
        return lesson;
    }

    /**
     * Marks a lesson as finished; finishing the last one completes the course and credits its hours, once, however
     * often this is called. Returns the progress after it.
     */
    @Allowed.SignedIn
    public ProgressRecord finish(String courseId, int lessonNumber) {
        Course course = course(courseId);
        course.lesson(lessonNumber).orElseThrow(() -> new BusinessException("course.error.no-lesson", lessonNumber));
        CourseProgress p = own(course).orElseThrow(() -> new BusinessException("course.error.no-official"));
        BigDecimal hours = creditRule.hoursFor(course);
        if (p.finish(lessonNumber, course, hours, clock.instant())) {
            events.publishEvent(new CourseCompleted(p.officialId(), course.id(), course.titleZh(), hours,
                    clock.instant()));
        }
        progress.saveAndFlush(p);
        events.publishEvent(new LessonFinished(p.officialId(), course.id(), lessonNumber, clock.instant()));
        return p.toRecord(course.lessons().size());
    }

    /**
     * The lessons each of these officials has finished in these courses, for modules that ask whether someone has
     * read something (make-up study). A caller sees their own progress, and as organizer, HR or leader that of the
     * officials in their scope; others are left out.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Set<Integer>>> finishedLessons(Collection<Long> officialIds,
            Collection<String> courseIds) {
        if (officialIds.isEmpty() || courseIds.isEmpty()) {
            return Map.of();
        }
        var user = currentUser.require();
        boolean overseer = user.has(Role.ADMIN) || user.has(Role.ORGANIZER) || user.has(Role.HR)
                || user.has(Role.LEADER);
        Subtrees scope = overseer ? scopes.readable() : new Subtrees(List.of());
        List<Long> asked = officialIds.stream().distinct().toList();
        Map<Long, Map<String, Set<Integer>>> out = new HashMap<>();
        // a fixed number of ids per statement (the last chunk padded), never one that grows with the officials
        for (int i = 0; i < asked.size(); i += CHUNK) {
            List<Long> chunk = new ArrayList<>(asked.subList(i, Math.min(asked.size(), i + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            completionsSql.finished(chunk, scope, user.officialId(), r -> {
                if (courseIds.contains((String) r[1])) {
                    out.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1],
                            CourseProgress.parse((String) r[2]));
                }
            });
        }
        return out;
    }

    /** The quiz module reports a passed end-of-course quiz; with every lesson finished it completes the course. */
    @EventListener
    void on(CourseQuizPassed event) {
        Optional.ofNullable(catalog.library().courses().get(event.courseId())).ifPresent(course -> {
            CourseProgress p = progress.findByOfficialIdAndCourseId(event.officialId(), course.id())
                    .orElseGet(() -> progress.save(new CourseProgress(event.officialId(), course, event.at())));
            BigDecimal hours = creditRule.hoursFor(course);
            if (p.passQuiz(course, hours, event.at())) {
                events.publishEvent(new CourseCompleted(p.officialId(), course.id(), course.titleZh(), hours,
                        event.at()));
            }
            progress.save(p);
        });
    }

    private Optional<CourseProgress> own(Course course) {
        Long officialId = currentUser.require().officialId();
        if (officialId == null) {
            return Optional.empty();
        }
        return Optional.of(progress.findByOfficialIdAndCourseId(officialId, course.id()).orElseGet(() -> {
            try {
                return progress.saveAndFlush(new CourseProgress(officialId, course, clock.instant()));
            } catch (DataIntegrityViolationException e) {
                // a second tab created it at the same moment
                return progress.findByOfficialIdAndCourseId(officialId, course.id()).orElseThrow(() -> e);
            }
        }));
    }

    private Course course(String courseId) {
        return catalog.course(courseId).orElseThrow(() -> new BusinessException("course.error.unknown", courseId));
    }
}

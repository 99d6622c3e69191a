package org.xuefa.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.course.CourseStudy;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.SystemTask;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.LessonRef;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studymakeup.MakeupRow;
import org.xuefa.studymakeup.MakeupStatus;
import org.xuefa.studymakeup.MakeupTasks;

/**
 * Make-up study in the demo town. Closing the past sessions (see {@link DemoSessions}) gave their absentees make-up
 * tasks; here some of them confirm theirs, and one gets the town's deadline of 14 days after the session, so it is
 * overdue. Two recent study-before-meeting sessions of the enforcement brigade link lessons of the Administrative
 * Penalty Law course: 莫晓峰 misses both without leave (the attendance report flags him), and {@code cadre}
 * (罗文杰) misses the second, so his make-up (two lessons, one read, and the course quiz) is open. Each session and
 * each make-up is a step of its own: one that fails (a lesson it links is missing, say) is logged and skipped.
 */
@Component
@Profile("demo")
@Order(35)
class DemoMakeup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoMakeup.class);
    private static final String FIRST = "会前学法：行政处罚的适用规则";
    private static final String SECOND = "会前学法：行政处罚决定程序与执行";
    private final StudySessions sessions;
    private final SessionRoster roster;
    private final SessionClosing closing;
    private final MakeupTasks makeup;
    private final CourseStudy courseStudy;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Clock clock;

    DemoMakeup(StudySessions sessions, SessionRoster roster, SessionClosing closing, MakeupTasks makeup, CourseStudy courseStudy, OrgUnits orgUnits,
            Officials officials, Clock clock) {
        this.sessions = sessions;
        this.roster = roster;
        this.closing = closing;
        this.makeup = makeup;
        this.courseStudy = courseStudy;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "make-up study", () -> SystemTask.run(() -> {
            Long brigade = unit("brigade");
            int year = LocalDate.now(clock).getYear();
            if (brigade == null || !sessions.list(new SessionFilter(brigade, null, SessionKind.PRE_MEETING, null,
                    "会前学法：行政处罚"), 0, 1).isEmpty()) {
                return;
            }
            List<SessionRecord> older = sessions.list(new SessionFilter(null, year, null, SessionStatus.CLOSED, null),
                    0, 100);
            settleOlder(older);
            Map<String, Long> people = officials.search(new OfficialFilter(null, brigade, null, null), 0, 50).stream()
                    .collect(Collectors.toMap(OfficialRecord::staffNumber, OfficialRecord::id));
            DemoStep.run(log, "study session " + FIRST, () -> held(brigade, FIRST, 17,
                    List.of(new LessonRef("admin-penalty", 3)),
                    Map.of("TP-082", AttendanceStatus.ABSENT, "TP-081", AttendanceStatus.EXCUSED), people));
            boolean second = DemoStep.run(log, "study session " + SECOND, () -> held(brigade, SECOND, 3,
                    List.of(new LessonRef("admin-penalty", 4), new LessonRef("admin-penalty", 5)),
                    Map.of("TP-082", AttendanceStatus.ABSENT, "TP-022", AttendanceStatus.ABSENT), people));
            // the cadre has read one of the two lessons since
            if (second) {
                DemoStep.run(log, "cadre's make-up reading", () -> SystemTask.runAsOfficial(people.get("TP-022"),
                        () -> courseStudy.finish("admin-penalty", 4)));
            }
            log.info("Demo make-up study: tasks done, open and overdue; 莫晓峰 absent twice in a row");
        }));
    }

    /** Half of the older sessions' absentees have made up by reading the record; one task is overdue. */
    private void settleOlder(List<SessionRecord> older) {
        boolean overdueSet = false;
        int n = 0;
        for (SessionRecord s : older) {
            for (MakeupRow r : makeup.ofSession(s.id())) {
                if (r.status() != MakeupStatus.OPEN) {
                    continue;
                }
                if (n++ % 2 == 0) {
                    DemoStep.run(log, "make-up of session #" + s.id(), () -> SystemTask.runAsOfficial(r.officialId(),
                            () -> makeup.confirm(r.taskId(), "已阅读本次学法记录，学习了所列法律条文，今后执法中严格遵守。",
                                    r.version())));
                } else if (!overdueSet) {
                    LocalDate day = LocalDate.ofInstant(s.startsAt(), clock.getZone());
                    overdueSet = DemoStep.run(log, "overdue make-up of session #" + s.id(),
                            () -> makeup.changeDue(r.taskId(), day.plusDays(14), r.version()));
                }
            }
        }
    }

    /** A session of the brigade held {@code daysAgo} at 8:30 for 30 minutes; all present but those named. */
    private void held(Long brigade, String title, int daysAgo, List<LessonRef> lessons,
            Map<String, AttendanceStatus> missing, Map<String, Long> people) {
        Instant start = LocalDate.now(clock).minusDays(daysAgo).atTime(8, 30).atZone(clock.getZone()).toInstant();
        SessionRecord s = sessions.create(new SessionData(brigade, SessionKind.PRE_MEETING, title, start,
                start.plus(Duration.ofMinutes(30)), "综合执法大队会议室", null, "陈志明", "大队长",
                List.of(new StudiedLaw("admin-penalty-2021", "")), lessons, Set.of(AudienceRule.unit(brigade)), null), null)
                .get(0);
        Set<Long> absent = missing.entrySet().stream().filter(e -> e.getValue() == AttendanceStatus.ABSENT)
                .map(e -> people.get(e.getKey())).collect(Collectors.toSet());
        for (RosterRow r : roster.roster(s.id())) {
            AttendanceStatus status = missing.entrySet().stream().filter(e -> r.officialId().equals(people.get(e.getKey())))
                    .map(Map.Entry::getValue).findFirst().orElse(AttendanceStatus.PRESENT);
            if (!absent.contains(r.officialId())) {
                roster.mark(s.id(), r.officialId(), status, status == AttendanceStatus.EXCUSED ? "外出办案，已请假" : null);
            } // the absent stay unmarked: closing makes them absent
        }
        closing.close(s.id());
    }

    private Long unit(String code) {
        return orgUnits.visibleTree().stream().filter(u -> code.equals(u.code())).map(OrgUnitRecord::id).findFirst()
                .orElse(null);
    }
}

package org.xuefa.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialFilter;
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
import org.xuefa.studyplan.PlanTarget;
import org.xuefa.studyplan.StudyPlans;

/**
 * The demo town's collective study this year: a plan (leadership collective study once a quarter, two lectures and
 * one case-based study a year), sessions held in the past quarters, one of which fell short of the plan, with
 * a few absentees and an excused leave; a lecture under way now with check-in open, to which {@code organizer}
 * and {@code cadre} are invited, linked to a lesson of the penalty-law course (whose bank feeds a live quiz);
 * and a case-based study next week. Times follow the injected clock, and a restart on a later day adds a new
 * session under way. Each session is a step of its own: one that cannot be created (a law it cites is missing,
 * say) is logged and skipped.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSessions implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    private final StudySessions sessions;
    private final SessionRoster rosters;
    private final SessionClosing closing;
    private final StudyPlans plans;
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private static final Set<String> DEMO_ACCOUNTS = Set.of("TP-014", "TP-015", "TP-002", "TP-022");

    DemoSessions(StudySessions sessions, SessionRoster rosters, SessionClosing closing, StudyPlans plans,
            OrgUnits orgUnits, Officials officials, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.sessions = sessions;
        this.rosters = rosters;
        this.closing = closing;
        this.plans = plans;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "study sessions", () -> SystemTask.run(() -> {
            Long town = unit("tangpeng");
            if (town == null) {
                return;
            }
            int year = LocalDate.now(clock).getYear();
            if (plans.plan(town, year).isEmpty()) {
                seed(town, year);
            }
            if (sessions.list(new SessionFilter(town, year, null, null, null), 0, 500).stream()
                    .noneMatch(s -> s.status() == SessionStatus.SCHEDULED
                            && !s.startsAt().isAfter(clock.instant()) && s.endsAt().isAfter(clock.instant()))) {
                DemoStep.run(log, "study session under way", () -> {
                    SessionRecord now = underWay(town);
                    log.info("Demo study session under way, check-in open: #{} {}", now.id(), now.title());
                });
            }
        }));
    }

    private void seed(Long town, int year) {
        plans.save(town, year, List.of(PlanTarget.perQuarter(SessionKind.LEADERSHIP_COLLECTIVE, 1),
                PlanTarget.perYear(SessionKind.LECTURE, 2), PlanTarget.perYear(SessionKind.CASE_BASED, 1)),
                "依据《镇领导班子学法制度》：班子集体学法每季度不少于一次，全年法治讲座不少于两次。", -1);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        int currentQuarter = (today.getMonthValue() - 1) / 3 + 1;
        // the quarter that falls short: the one before last (Q2 when it is Q4 now), or the only past one
        int shortQuarter = Math.max(1, currentQuarter - 2);
        Set<AudienceRule> leadership = Set.of(AudienceRule.category(OfficialCategory.LEADERSHIP_TEAM));
        Set<AudienceRule> town1 = Set.of(AudienceRule.unit(town));
        for (int q = 1; q < currentQuarter; q++) {
            LocalDate firstDay = LocalDate.of(year, 3 * q - 2, 1);
            if (q != shortQuarter) {
                held(town, SessionKind.LEADERSHIP_COLLECTIVE, "第" + q + "季度领导班子集体学法：宪法与依法行政",
                        firstDay.plusDays(40), "镇政府二楼党委会议室", "陈建国", "党委书记",
                        List.of(new StudiedLaw("constitution-2018", "第五条、第二十七条")), leadership, 1, 0);
            } else {
                // the leadership team did not meet this quarter: only a thematic study of one office was held
                held(town, SessionKind.THEMATIC, "专题学法：政府信息公开条例", firstDay.plusDays(50),
                        "党政综合办公室", "刘芳", "党政办主任",
                        List.of(new StudiedLaw("gov-info-disclosure-2019", "第十九条、第二十条")),
                        Set.of(AudienceRule.unit(unit("office"))), 0, 1);
            }
            if (q == 1) {
                held(town, SessionKind.LECTURE, "法治讲座：行政复议法修订要点", firstDay.plusDays(60), "镇政府三楼会议室",
                        "王律师", "镇法律顾问", List.of(new StudiedLaw("admin-reconsideration-2023", "")), town1, 3, 1);
            }
            if (q == currentQuarter - 1) {
                held(town, SessionKind.CASE_BASED, "以案说法：一起违法建设强制拆除案", firstDay.plusDays(70),
                        "综合执法大队会议室", "陈志明", "大队长",
                        List.of(new StudiedLaw("admin-compulsion-2011", "第三十五条、第四十四条")),
                        Set.of(AudienceRule.unit(unit("brigade")), AudienceRule.unit(unit("planning"))), 1, 0);
            }
        }
        Instant nextWeek = LocalDate.now(clock).plusDays(7).atTime(LocalTime.of(15, 0)).atZone(zone).toInstant();
        DemoStep.run(log, "next week's study session", () -> sessions.create(new SessionData(town,
                SessionKind.CASE_BASED, "以案说法：行政处罚听证程序", nextWeek, nextWeek.plus(Duration.ofMinutes(90)),
                "镇政府三楼会议室", null, "王律师", "镇法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第六十三条至第六十五条")), List.of(),
                Set.of(AudienceRule.unit(unit("brigade")), AudienceRule.unit(unit("office"))), null), null));
        log.info("Demo study plan {} seeded for Tangpeng town; quarter {} falls short", year, shortQuarter);
    }

    /** A session held on the day at 9:00 for 90 minutes: all present but {@code absent} and {@code excused}. */
    private void held(Long town, SessionKind kind, String title, LocalDate day, String place, String speaker,
            String speakerTitle, List<StudiedLaw> laws, Set<AudienceRule> invitees, int absent, int excused) {
        // one transaction for the whole session, so the session sweeper (which closes sessions past their end)
        // never sees it before it is marked and closed here
        DemoStep.run(log, "study session " + title, () -> transaction.executeWithoutResult(t -> hold(town, kind,
                title, day, place, speaker, speakerTitle, laws, invitees, absent, excused)));
    }

    private void hold(Long town, SessionKind kind, String title, LocalDate day, String place, String speaker,
            String speakerTitle, List<StudiedLaw> laws, Set<AudienceRule> invitees, int absent, int excused) {
        Instant start = day.atTime(9, 0).atZone(clock.getZone()).toInstant();
        SessionRecord s = sessions.create(new SessionData(town, kind, title, start, start.plus(Duration.ofMinutes(90)),
                place, null, speaker, speakerTitle, laws, List.of(), invitees, null), null).get(0);
        List<RosterRow> roster = rosters.roster(s.id());
        // absentees and the excused come from the end of the list, never the demo accounts' own officials
        List<RosterRow> missing = roster.stream().filter(r -> !DEMO_ACCOUNTS.contains(r.staffNumber()))
                .skip(Math.max(0, roster.size() - 2 - absent - excused)).limit(absent + excused).toList();
        for (RosterRow r : roster) {
            int m = missing.indexOf(r);
            if (m < 0) {
                rosters.mark(s.id(), r.officialId(), AttendanceStatus.PRESENT, null);
            } else if (m < excused) {
                rosters.mark(s.id(), r.officialId(), AttendanceStatus.EXCUSED, "公务外出，已事先请假");
            } // else left unmarked: closing makes them absent
        }
        closing.close(s.id());
    }

    private SessionRecord underWay(Long town) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SessionRecord s = sessions.create(new SessionData(town, SessionKind.LECTURE, "法治讲座：新修订的行政处罚法要点",
                now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(80)), "镇政府三楼会议室", null, "王律师",
                "镇法律顾问", List.of(new StudiedLaw("admin-penalty-2021", "第三十三条、第三十六条")),
                // the lesson on applying penalties: its course's bank feeds the live quiz
                List.of(new LessonRef("admin-penalty", 3)),
                Set.of(AudienceRule.unit(unit("brigade")), AudienceRule.unit(unit("office")),
                        AudienceRule.category(OfficialCategory.LEADERSHIP_TEAM)), null), null).get(0);
        // those who came before the projector was switched on, entered by hand
        for (String staffNumber : List.of("TP-001", "TP-011", "TP-021", "TP-012")) {
            officials.search(new OfficialFilter(staffNumber, null, null, null), 0, 1).stream().findFirst()
                    .ifPresent(o -> rosters.mark(s.id(), o.id(), AttendanceStatus.PRESENT, "到场后手工登记"));
        }
        return s;
    }

    private Long unit(String code) {
        return orgUnits.visibleTree().stream().filter(u -> code.equals(u.code())).map(OrgUnitRecord::id).findFirst()
                .orElse(null);
    }

}

package org.xuefa.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.hours.CreditRecord;
import org.xuefa.hours.StudyHours;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;
import org.xuefa.studyplan.PeriodStatus;
import org.xuefa.studyplan.PlanProgress;
import org.xuefa.studyplan.StudyPlans;

class StudySessionsTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW;

    @Autowired
    StudySessions sessions;

    @Autowired
    SessionRoster rosters;

    @Autowired
    SessionClosing closing;

    @Autowired
    SessionLeave leaves;

    @Autowired
    SessionProjector projector;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    StudyPlans plans;
    @Autowired
    CheckInTokens tokens;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    /** As the organizer: a session of the town for the given invitees, starting at the offset from now. */
    private SessionRecord session(Duration fromNow, Duration length, AudienceRule... invitees) {
        loginAs("organizer");
        Instant start = NOW.plus(fromNow);
        return sessions.create(new SessionData(unit("tangpeng"), SessionKind.THEMATIC, "测试学法 " + UUID.randomUUID(),
                start, start.plus(length), "会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第33条")), List.of(), Set.of(invitees), null), null)
                .get(0);
    }

    private RosterRow rowOf(Long sessionId, Long officialId) {
        loginAs("organizer");
        return rosters.roster(sessionId).stream().filter(r -> r.officialId().equals(officialId)).findFirst()
                .orElseThrow();
    }

    @Test
    void an_invitee_checks_in_once_however_often_the_link_is_opened() {
        SessionRecord s = session(Duration.ofMinutes(10), Duration.ofMinutes(60), AudienceRule.unit(unit("brigade")));
        assertThat(s.creditHours()).isEqualByComparingTo("1");
        String code = tokens.issue(s.id(), NOW);
        loginAs("cadre");
        CheckInResult first = attendance.checkIn(code);
        assertThat(first.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(first.alreadyCheckedIn()).isFalse();
        clock.advance(Duration.ofSeconds(16));
        CheckInResult second = attendance.checkIn(tokens.issue(s.id(), clock.instant()));
        assertThat(second.alreadyCheckedIn()).isTrue();
        assertThat(second.status()).isEqualTo(AttendanceStatus.PRESENT);
        loginAs("organizer");
        assertThat(rosters.roster(s.id()).stream().filter(r -> r.status() != null)).hasSize(1);
        assertThat(rosters.counts(s.id()).present()).isEqualTo(1);
    }

    @Test
    void arriving_after_the_start_is_late() {
        SessionRecord s = session(Duration.ofMinutes(-5), Duration.ofMinutes(60), AudienceRule.unit(unit("brigade")));
        loginAs("cadre");
        assertThat(attendance.checkIn(tokens.issue(s.id(), NOW)).status()).isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void an_old_or_forged_code_is_refused_and_changes_nothing() {
        SessionRecord s = session(Duration.ofMinutes(10), Duration.ofMinutes(60), AudienceRule.unit(unit("brigade")));
        String old = tokens.issue(s.id(), NOW.minusSeconds(CheckInTokens.ROTATION_SECONDS + tokens.graceSeconds() + 1));
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(old)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.expired");
        assertThatThrownBy(() -> attendance.checkIn("ABCDEFGHJKMN")).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.invalid");
        assertThat(rowOf(s.id(), official("TP-022")).status()).isNull();
    }

    @Test
    void a_scan_noted_before_signing_in_counts_for_ten_minutes_and_only_for_its_code() {
        SessionRecord s = session(Duration.ofMinutes(-5), Duration.ofMinutes(60), AudienceRule.unit(unit("brigade")));
        String code = tokens.issue(s.id(), NOW);
        PendingScan scan = new PendingScan(code, NOW);
        clock.advance(Duration.ofMinutes(11));
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(code, scan)).as("too old a scan")
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.expired");
        PendingScan other = new PendingScan(tokens.issue(s.id() + 100000, NOW), NOW);
        clock.advance(Duration.ofMinutes(-9));
        assertThatThrownBy(() -> attendance.checkIn(code, other)).as("a scan of another code")
                .isInstanceOf(BusinessException.class);
        CheckInResult r = attendance.checkIn(code, scan);
        assertThat(r.alreadyCheckedIn()).isFalse();
        assertThat(r.checkedInAt()).as("arrival counts from the scan").isEqualTo(NOW);
        assertThat(r.status()).isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void only_invitees_can_check_in_and_only_while_check_in_is_open() {
        SessionRecord notMine = session(Duration.ofMinutes(10), Duration.ofMinutes(60), AudienceRule.unit(unit("social")));
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(tokens.issue(notMine.id(), NOW)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.not-invited");
        SessionRecord later = session(Duration.ofHours(3), Duration.ofMinutes(60), AudienceRule.unit(unit("brigade")));
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(tokens.issue(later.id(), NOW)))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.not-yet");
        SessionRecord over = session(Duration.ofMinutes(-61), Duration.ofMinutes(120), AudienceRule.unit(unit("brigade")));
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(tokens.issue(over.id(), NOW)))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.over");
    }

    @Test
    void a_cadre_cannot_organize_and_an_organizer_cannot_reach_another_town() {
        loginAs("cadre");
        Long brigade = unit("brigade");
        SessionData data = new SessionData(brigade, SessionKind.LECTURE, "越权", NOW, NOW.plusSeconds(3600), null, null,
                null, null, List.of(), List.of(), Set.of(AudienceRule.unit(brigade)), null);
        assertThatThrownBy(() -> sessions.create(data, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.roster(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(brigade, 2026, List.of(), null, -1)).isInstanceOf(AccessDeniedException.class);

        loginAs("admin");
        Long shijiao = unit("shijiao");
        SessionRecord theirs = sessions.create(new SessionData(shijiao, SessionKind.LECTURE, "石角镇讲座", NOW,
                NOW.plusSeconds(3600), null, null, null, null, List.of(), List.of(), Set.of(AudienceRule.unit(shijiao)),
                null), null).get(0);
        loginAs("organizer");
        assertThatThrownBy(() -> sessions.create(new SessionData(shijiao, SessionKind.LECTURE, "越权", NOW,
                NOW.plusSeconds(3600), null, null, null, null, List.of(), List.of(), Set.of(AudienceRule.unit(shijiao)),
                null), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.create(new SessionData(unit("tangpeng"), SessionKind.LECTURE, "越权邀请",
                NOW, NOW.plusSeconds(3600), null, null, null, null, List.of(), List.of(),
                Set.of(AudienceRule.unit(shijiao)), null), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.get(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.roster(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.mark(theirs.id(), official("TP-022"), AttendanceStatus.PRESENT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.close(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projector.state(theirs.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void approved_leave_counts_as_excused_and_a_second_approval_changes_nothing() {
        SessionRecord s = session(Duration.ofDays(1), Duration.ofMinutes(90), AudienceRule.unit(unit("brigade")));
        loginAs("cadre");
        LeaveRecord asked = leaves.askLeave(s.id(), "赴县城参加执法培训");
        assertThat(leaves.askLeave(s.id(), "again").id()).isEqualTo(asked.id());
        assertThat(attendance.mySessions()).filteredOn(m -> m.session().id().equals(s.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.leave().status()).isEqualTo(LeaveStatus.PENDING);
                    assertThat(m.canAskLeave()).isFalse();
                });
        loginAs("organizer");
        leaves.decideLeave(asked.id(), true, null);
        leaves.decideLeave(asked.id(), true, null);
        RosterRow row = rowOf(s.id(), official("TP-022"));
        assertThat(row.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(row.leaveStatus()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(rosters.counts(s.id()).excused()).isEqualTo(1);
        loginAs("cadre");
        assertThatThrownBy(() -> leaves.decideLeave(asked.id(), false, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leave_must_be_asked_before_the_start_by_an_invitee() {
        SessionRecord started = session(Duration.ofMinutes(-1), Duration.ofMinutes(90), AudienceRule.unit(unit("brigade")));
        loginAs("cadre");
        assertThatThrownBy(() -> leaves.askLeave(started.id(), "太晚了"))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.leave.error.started");
        SessionRecord other = session(Duration.ofDays(1), Duration.ofMinutes(90), AudienceRule.unit(unit("social")));
        loginAs("cadre");
        assertThatThrownBy(() -> leaves.askLeave(other.id(), "不是我的"))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.not-invited");
    }

    @Test
    void closing_marks_every_unmarked_invitee_absent_but_not_who_joined_after_the_session() {
        loginAs("hr");
        String code = "st-" + UUID.randomUUID().toString().substring(0, 8);
        Long unit = orgUnits.create(code, "学法测试组", null, UnitKind.OFFICE, unit("tangpeng"), 99).id();
        LocalDate sessionDay = LocalDate.ofInstant(NOW, TestClockConfig.ZONE).minusDays(1);
        Long early = officials.create(code + "-1", new OfficialData("早到者", unit, null, OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1), null)).id();
        Long absent = officials.create(code + "-2", new OfficialData("缺席者", unit, null, OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, LocalDate.of(2021, 1, 1), null)).id();
        Long newcomer = officials.create(code + "-3", new OfficialData("新来者", unit, null, OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, sessionDay.plusDays(1), null)).id();
        SessionRecord s = session(Duration.ofDays(-1), Duration.ofMinutes(90), AudienceRule.unit(unit));
        rosters.mark(s.id(), early, AttendanceStatus.PRESENT, "签到表");
        rosters.mark(s.id(), early, AttendanceStatus.PRESENT, "签到表");
        assertThatThrownBy(() -> rosters.mark(s.id(), newcomer, AttendanceStatus.PRESENT, null))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.attendance.error.not-invited");
        AttendanceCounts counts = closing.close(s.id());
        assertThat(counts).isEqualTo(new AttendanceCounts(2, 1, 0, 0, 1));
        assertThat(rowOf(s.id(), absent).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(rowOf(s.id(), absent).source()).isEqualTo(AttendanceSource.CLOSE);
        assertThat(rosters.roster(s.id())).noneMatch(r -> r.officialId().equals(newcomer));
        assertThatThrownBy(() -> closing.close(s.id())).isInstanceOf(BusinessException.class);
        assertThat(sessions.get(s.id()).status()).isEqualTo(SessionStatus.CLOSED);
        // an organizer may still correct a mark after closing
        rosters.mark(s.id(), absent, AttendanceStatus.EXCUSED, "补交请假条");
        assertThat(rosters.counts(s.id())).isEqualTo(new AttendanceCounts(2, 1, 0, 1, 0));

        // the closed session's credit hours go to who attended, and follow corrections
        assertThat(hoursFrom(s, early)).isEqualByComparingTo(s.creditHours());
        assertThat(hoursFrom(s, absent)).isZero();
        rosters.mark(s.id(), absent, AttendanceStatus.LATE, "迟到补登");
        rosters.mark(s.id(), early, AttendanceStatus.ABSENT, "误登");
        assertThat(hoursFrom(s, absent)).isEqualByComparingTo(s.creditHours());
        assertThat(hoursFrom(s, early)).isZero();
    }

    @Autowired
    StudyHours hours;

    private BigDecimal hoursFrom(SessionRecord s, Long officialId) {
        loginAsOfficial(officialId);
        BigDecimal total = hours.myCreditsThisYear().stream()
                .filter(c -> c.source().equals("SESSION") && c.sourceRef().equals(String.valueOf(s.id())))
                .map(CreditRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        loginAs("organizer");
        return total;
    }

    @Test
    void the_scheduled_job_closes_sessions_past_their_end_and_check_in_window() {
        SessionRecord ended = session(Duration.ofHours(-3), Duration.ofMinutes(60), AudienceRule.unit(unit("judicial")));
        SessionRecord running = session(Duration.ofMinutes(-30), Duration.ofMinutes(25), AudienceRule.unit(unit("judicial")));
        loginAs("admin");
        assertThat(closing.closeEnded()).isGreaterThanOrEqualTo(1);
        assertThat(sessions.get(ended.id()).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(rosters.counts(ended.id()).absent()).isEqualTo(2);
        // ended, but its check-in window (60 minutes after the start) is still open
        assertThat(sessions.get(running.id()).status()).isEqualTo(SessionStatus.SCHEDULED);
        loginAs("cadre");
        assertThatThrownBy(() -> attendance.checkIn(tokens.issue(ended.id(), NOW)))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("study.checkin.error.closed");
    }

    @Test
    void a_repeating_session_makes_separate_sessions_that_move_and_cancel_alone() {
        loginAs("organizer");
        Instant start = NOW.plus(Duration.ofDays(2));
        List<SessionRecord> series = sessions.create(new SessionData(unit("tangpeng"), SessionKind.THEORY_GROUP,
                "中心组学法 " + UUID.randomUUID(), start, start.plus(Duration.ofHours(2)), null, null, null, null,
                List.of(), List.of(), Set.of(AudienceRule.category(OfficialCategory.LEADERSHIP_TEAM)), null),
                new Repeat(Repeat.Frequency.WEEKLY, LocalDate.ofInstant(start, TestClockConfig.ZONE).plusWeeks(3)));
        assertThat(series).hasSize(4).allMatch(s -> s.seriesId().equals(series.get(0).id()));
        assertThat(series.get(3).startsAt()).isEqualTo(start.plus(Duration.ofDays(21)));
        SessionRecord moved = sessions.update(series.get(1).id(), series.get(1).data().at(
                series.get(1).startsAt().plus(Duration.ofDays(1)), series.get(1).endsAt().plus(Duration.ofDays(1))),
                series.get(1).version());
        sessions.cancel(series.get(2).id(), "与县里会议冲突", series.get(2).version());
        assertThat(sessions.get(moved.id()).startsAt()).isEqualTo(start.plus(Duration.ofDays(8)));
        assertThat(sessions.get(series.get(2).id()).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.get(series.get(3).id()).startsAt()).isEqualTo(start.plus(Duration.ofDays(21)));
        assertThat(sessions.get(series.get(0).id()).status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThatThrownBy(() -> sessions.update(moved.id(), moved.data(), moved.version() - 1))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.conflict");
    }

    @Test
    void the_demo_plan_shows_the_quarter_that_fell_short() {
        loginAs("leader");
        PlanProgress progress = plans.progress(unit("tangpeng"), 2026);
        assertThat(progress.planned()).isTrue();
        assertThat(progress.shortQuarters()).containsExactly(2);
        assertThat(progress.rows()).filteredOn(r -> r.kind() == SessionKind.LEADERSHIP_COLLECTIVE).singleElement()
                .satisfies(r -> assertThat(r.quarters()).containsExactly(PeriodStatus.MET, PeriodStatus.SHORT,
                        PeriodStatus.MET, PeriodStatus.OPEN));
    }

    @Test
    void the_demo_session_under_way_invites_the_cadre_and_the_organizer_with_check_in_open() {
        for (String user : List.of("cadre", "organizer")) {
            loginAs(user);
            assertThat(attendance.mySessions()).as(user).anyMatch(m -> m.checkInOpen()
                    && m.session().title().equals("法治讲座：新修订的行政处罚法要点"));
        }
        loginAs("organizer");
        SessionRecord today = sessions.list(new SessionFilter(null, 2026, SessionKind.LECTURE, SessionStatus.SCHEDULED,
                "新修订"), 0, 10).get(0);
        ProjectorState p = projector.state(today.id());
        assertThat(p.checkInOpen()).isTrue();
        assertThat(p.counts().invited()).isGreaterThan(10);
        assertThat(p.counts().present()).isGreaterThanOrEqualTo(4);
        assertThat(tokens.verify(p.code(), NOW).sessionId()).isEqualTo(today.id());
        // past sessions left absentees
        assertThat(sessions.list(new SessionFilter(null, 2026, null, SessionStatus.CLOSED, null), 0, 50).stream()
                .mapToInt(x -> rosters.counts(x.id()).absent()).sum()).isGreaterThanOrEqualTo(3);
    }
}

package org.xuefa.studycalendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studycalendar.CalendarFeeds;
import org.xuefa.studycalendar.ui.MyCalendarView;
import org.xuefa.studyrecord.StudyRecords;

/** The personal calendar link on screen. */
class CalendarScreensTest extends KaribuTestBase {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    StudySessions sessions;

    @Autowired
    SessionRoster rosters;
    @Autowired
    StudyRecords records;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    /** The demo town's case-based study on a forced demolition, which the demo gives a record. */
    private Long demoSession() {
        loginAs("admin");
        return sessions.list(new SessionFilter(null, null, SessionKind.CASE_BASED, null, "违法建设强制拆除"), 0, 1)
                .get(0).id();
    }

    /** As the organizer: a brigade session held an hour ago, the cadre present, reflections asked. */
    private SessionRecord heldWithReflections() {
        loginAs("admin");
        Long town = orgUnits.visibleTree().stream().filter(u -> "tangpeng".equals(u.code())).map(OrgUnitRecord::id)
                .findFirst().orElseThrow();
        Long brigade = orgUnits.visibleTree().stream().filter(u -> "brigade".equals(u.code()))
                .map(OrgUnitRecord::id).findFirst().orElseThrow();
        Long cadre = officials.search(new OfficialFilter("TP-022", null, null, null), 0, 1).get(0).id();
        loginAs("organizer");
        Instant start = TestClockConfig.NOW.minus(Duration.ofHours(2));
        SessionRecord s = sessions.create(new SessionData(town, SessionKind.THEMATIC, "心得测试 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "大队会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "")), List.of(), Set.of(AudienceRule.unit(brigade)), null),
                null).get(0);
        rosters.mark(s.id(), cadre, AttendanceStatus.PRESENT, null);
        records.requestReflections(s.id(), true, -1);
        return s;
    }

    @Test
    void a_cadre_makes_copies_and_revokes_their_calendar_link() {
        loginAs("cadre");
        navigate("my-calendar");
        MyCalendarView view = _get(MyCalendarView.class);
        assertThat(view.link.isVisible()).isFalse();
        _click(_get(Button.class, x -> x.withId("calendar-create")));
        TextField link = _get(TextField.class, x -> x.withId("calendar-link"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.status.getText()).contains("订阅链接已启用");
        assertThat(feeds.activeSince()).isPresent();

        _click(_get(Button.class, x -> x.withId("calendar-revoke")));
        assertThat(feeds.activeSince()).isEmpty();
        assertThat(view.status.getText()).isEqualTo("尚未启用日历订阅。");
        assertThat(link.isVisible()).isFalse();
    }
}

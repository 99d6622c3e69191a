package org.xuefa.study;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;

/**
 * A town of its own for one test, outside the demo organizer's scope, so tests that count never see each other's
 * sessions and people. Whoever is signed in must be the administrator.
 */
public final class StudyTestTown {
    public final OrgUnitRecord town;
    public final List<OfficialRecord> people = new ArrayList<>();
    private final StudySessions sessions;
    private final SessionRoster rosters;
    private final SessionClosing closing;

    public StudyTestTown(OrgUnits orgUnits, Officials officials, StudySessions sessions, SessionRoster rosters,
            SessionClosing closing, int size) {
        this.sessions = sessions;
        this.rosters = rosters;
        this.closing = closing;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        town = orgUnits.create("mk-" + suffix, "补学测试镇" + suffix, "Make-up town " + suffix, UnitKind.TOWN, null, 50);
        for (int i = 0; i < size; i++) {
            people.add(officials.create("MK-" + suffix + "-" + i, new OfficialData("测试" + (char) ('甲' + i) + suffix,
                    town.id(), "科员", OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1),
                    null)));
        }
    }

    public Long id(int person) {
        return people.get(person).id();
    }

    /** A session of the town for everyone in it, started {@code ago} before now, lasting 30 minutes. */
    public SessionRecord session(Instant now, Duration ago, List<LessonRef> lessons) {
        Instant start = now.minus(ago);
        return sessions.create(new SessionData(town.id(), SessionKind.THEMATIC, "补学测试 " + UUID.randomUUID(), start,
                start.plus(Duration.ofMinutes(30)), "会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), lessons, Set.of(AudienceRule.unit(town.id())),
                null), null).get(0);
    }

    /** Marks person i with statuses[i] (null leaves them for closing to make absent) and closes the session. */
    public void hold(SessionRecord s, AttendanceStatus... statuses) {
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] != null) {
                rosters.mark(s.id(), id(i), statuses[i], null);
            }
        }
        closing.close(s.id());
    }
}

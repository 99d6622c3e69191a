package org.xuefa.support;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/** Officials who missed a study session, in a town of their own, for the make-up and attendance tests. */
public class Absentees {
    private final Fixtures fixtures;
    private final StudySessions sessions;
    private final SessionClosing closing;
    private final Clock clock;

    Absentees(Fixtures fixtures, StudySessions sessions, SessionClosing closing, Clock clock) {
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.closing = closing;
        this.clock = clock;
    }

    /** A new town of one official, who missed a session without lessons held an hour ago (now closed). */
    public OfficialRecord oneInANewTown() {
        OrgUnitRecord town = fixtures.newTown();
        OfficialRecord o = fixtures.newOfficial(town.id());
        fixtures.asAdmin(() -> {
            var start = clock.instant().minus(Duration.ofHours(1));
            SessionRecord s = sessions.create(new SessionData(town.id(), SessionKind.THEMATIC, "界面测试学法" + o.name(),
                    start, start.plus(Duration.ofMinutes(30)), "会议室", null, "王律师", "法律顾问",
                    List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                    Set.of(AudienceRule.unit(town.id())), null), null).get(0);
            closing.close(s.id());
        });
        return o;
    }
}

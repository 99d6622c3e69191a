package org.xuefa.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuefa.people.Audiences;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * Turns a session's invitee rules into people. Roles and categories count only within the session's unit (the
 * town's leaders, not every town's). Someone is counted only if they belonged on the session's day: joined on or
 * before it and not left before it. The people of a session are resolved by the database (the rules as stored).
 */
@Component
class Invitations {
    private final Officials officials;
    private final Clock clock;

    Invitations(Officials officials, Clock clock) {
        this.officials = officials;
        this.clock = clock;
    }

    /**
     * The officials a session counts, within the caller's scope as a reader of sessions (organizer, leader or HR: the
     * session's unit lies in it, see {@code SessionAccess}), by name.
     */
    List<OfficialRecord> resolve(StudySession session) {
        return officials.audience("study_session_invitee", "session_id", session.getId(), session.unitId(),
                session.day(clock.getZone()), Role.ORGANIZER, Role.LEADER, Role.HR);
    }

    /** Whether the session invites the signed-in user's own official and they belonged on its day. */
    boolean invites(StudySession session, OfficialRecord me, XuefaUser user, Map<Long, OrgUnitRecord> units) {
        return belongedOn(me, session.day(clock.getZone()))
                && Audiences.includes(session.invitees(), session.unitId(), me, units,
                        Audiences.rolesOf(me.id(), user::has));
    }

    static boolean belongedOn(OfficialRecord o, LocalDate day) {
        return (o.joinedOn() == null || !o.joinedOn().isAfter(day)) && (o.leftOn() == null || !o.leftOn().isBefore(day));
    }
}

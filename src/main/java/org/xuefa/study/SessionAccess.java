package org.xuefa.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * Who may do what with a study session, written once: an organizer acts on the sessions of units in their
 * organizer scope; a reader (organizer, leader or HR) sees the sessions of units in their scope; an invitee is the
 * signed-in user's official when the session's invitee rules count them on its day. Also the one "sessions inviting
 * me" query. The sessions, live quiz, records, make-up and calendar modules ask here instead of keeping copies.
 */
@Service
@Transactional(readOnly = true)
public class SessionAccess {
    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final Invitations invitations;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CurrentUser currentUser;

    SessionAccess(StudySessionRepository sessions, AttendanceRepository attendance, Invitations invitations,
            Officials officials, OrgUnits orgUnits, CurrentUser currentUser) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.invitations = invitations;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.currentUser = currentUser;
    }

    /** The signed-in user and a session they may see, with how they stand to it. */
    public record Viewer(SessionRecord session, boolean organizer, boolean reader, boolean invited,
            OfficialRecord me) {
    }

    /** A session and the signed-in user's official, whom it invites. */
    public record Invited(SessionRecord session, OfficialRecord me) {
    }

    /** The session, if the signed-in user organizes its unit; {@link AccessDeniedException} otherwise. */
    @Allowed.Organizers
    public SessionRecord organized(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
        return toRecord(s);
    }

    /** The session, if its unit is in the reader's scope (organizer, leader or HR). */
    @Allowed.Overseers
    public SessionRecord read(Long sessionId) {
        StudySession s = find(sessionId);
        requireReaderOf(s);
        return toRecord(s);
    }

    /** Whether the signed-in user organizes the unit's sessions. */
    @Allowed.SignedIn
    public boolean mayOrganize(Long unitId) {
        return orgUnits.inScope(unitId, Role.ORGANIZER);
    }

    /** Whether the signed-in user reads the unit's sessions (organizer, leader or HR in scope). */
    @Allowed.SignedIn
    public boolean mayRead(Long unitId) {
        return orgUnits.inScope(unitId, Role.ORGANIZER) || orgUnits.inScope(unitId, Role.LEADER)
                || orgUnits.inScope(unitId, Role.HR);
    }

    /**
     * The session and the signed-in official, if the session invites them; refused with the caller's keys (the
     * second takes the session's title) when the account has no official or is not invited.
     */
    @Allowed.SignedIn
    public Invited invitee(Long sessionId, String noOfficialKey, String notInvitedKey) {
        StudySession s = find(sessionId);
        return new Invited(toRecord(s), requireInvitee(s, noOfficialKey, notInvitedKey));
    }

    /** The session for its organizer in scope, or else for an invitee; refused as {@link #invitee} refuses. */
    @Allowed.SignedIn
    public SessionRecord organizedOrInvited(Long sessionId, String noOfficialKey, String notInvitedKey) {
        StudySession s = find(sessionId);
        if (!orgUnits.inScope(s.unitId(), Role.ORGANIZER)) {
            requireInvitee(s, noOfficialKey, notInvitedKey);
        }
        return toRecord(s);
    }

    /**
     * How the signed-in user stands to the session: organizer, reader, invited (or marked, having joined
     * uninvited). Refuses anyone who is neither a reader in scope nor invited.
     */
    @Allowed.SignedIn
    public Viewer viewer(Long sessionId) {
        StudySession s = find(sessionId);
        XuefaUser user = currentUser.require();
        boolean organizer = orgUnits.inScope(s.unitId(), Role.ORGANIZER);
        boolean reader = organizer || mayRead(s.unitId());
        OfficialRecord me = officials.me().orElse(null);
        boolean invited = me != null && (invitations.invites(s, me, user, orgUnits.byId())
                || attendance.findBySessionIdAndOfficialId(s.getId(), me.id()).isPresent());
        if (!reader && !invited) {
            throw new AccessDeniedException("session " + s.getId() + " is neither in your scope nor yours");
        }
        return new Viewer(toRecord(s), organizer, reader, invited, me);
    }

    /**
     * Sessions that invite the signed-in official (and counted them on the day) and overlap [from, to), soonest
     * first; only those of the given status unless it is null. Empty for an account without an official.
     */
    @Allowed.SignedIn
    public List<SessionRecord> invitingMe(Instant from, Instant to, SessionStatus status) {
        Optional<OfficialRecord> me = officials.me();
        if (me.isEmpty()) {
            return List.of();
        }
        XuefaUser user = currentUser.require();
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        List<StudySession> overlapping = status == null ? sessions.overlapping(from, to)
                : sessions.between(status, from, to);
        return overlapping.stream().filter(s -> invitations.invites(s, me.get(), user, units))
                .map(s -> s.toRecord(unitName(units, s.unitId()))).toList();
    }

    /** Scheduled sessions that overlap [from, to) of units the signed-in user organizes, soonest first. */
    @Allowed.Organizers
    public List<SessionRecord> organizedBetween(Instant from, Instant to) {
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        return sessions.between(SessionStatus.SCHEDULED, from, to).stream()
                .filter(s -> orgUnits.inScope(s.unitId(), Role.ORGANIZER))
                .map(s -> s.toRecord(unitName(units, s.unitId()))).toList();
    }

    // ---- inside the sessions module

    StudySession find(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("study.session.error.not-found"));
    }

    /** The session for its organizer (in scope); {@link AccessDeniedException} for anyone else. */
    StudySession organizedSession(Long sessionId) {
        StudySession s = find(sessionId);
        requireOrganizerOf(s);
        return s;
    }

    void requireOrganizerOf(StudySession s) {
        requireOrganizerOf(s.unitId());
    }

    void requireOrganizerOf(Long unitId) {
        if (!orgUnits.inScope(unitId, Role.ORGANIZER)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your organizer scope");
        }
    }

    void requireReaderOf(StudySession s) {
        if (!mayRead(s.unitId())) {
            throw new AccessDeniedException("session " + s.getId() + " is outside your scope");
        }
    }

    OfficialRecord requireInvitee(StudySession s, String noOfficialKey, String notInvitedKey) {
        OfficialRecord me = officials.me().orElseThrow(() -> new BusinessException(noOfficialKey));
        if (!invitations.invites(s, me, currentUser.require(), orgUnits.byId())) {
            throw new BusinessException(notInvitedKey, s.title());
        }
        return me;
    }

    boolean invites(StudySession s, OfficialRecord me) {
        return invitations.invites(s, me, currentUser.require(), orgUnits.byId());
    }

    SessionRecord toRecord(StudySession s) {
        return s.toRecord(orgUnits.nameOf(s.unitId()));
    }

    private static String unitName(Map<Long, OrgUnitRecord> units, Long id) {
        OrgUnitRecord u = units.get(id);
        return u == null ? "" : u.name();
    }
}

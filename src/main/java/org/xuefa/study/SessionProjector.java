package org.xuefa.study;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.people.Officials;

/** What the projector shows during check-in: the current signed code, the window, the counts and who just came. */
@Service
@Transactional(readOnly = true)
public class SessionProjector {
    private static final int RECENT_ARRIVALS = 30;

    private final SessionAccess access;
    private final SessionRoster roster;
    private final AttendanceRepository attendance;
    private final Officials officials;
    private final CheckInTokens tokens;
    private final CheckInWindow window;
    private final Clock clock;

    SessionProjector(SessionAccess access, SessionRoster roster, AttendanceRepository attendance, Officials officials,
            CheckInTokens tokens, CheckInWindow window, Clock clock) {
        this.access = access;
        this.roster = roster;
        this.attendance = attendance;
        this.officials = officials;
        this.tokens = tokens;
        this.window = window;
        this.clock = clock;
    }

    /** The projector's state: the current check-in code, window, counts and latest arrivals. */
    @Allowed.Organizers
    public ProjectorState state(Long sessionId) {
        StudySession s = access.organizedSession(sessionId);
        Instant now = clock.instant();
        boolean open = s.status() == SessionStatus.SCHEDULED && window.isOpen(s.startsAt(), now);
        List<Attendance> latest = attendance.latestCheckIns(sessionId, PageRequest.of(0, RECENT_ARRIVALS));
        Map<Long, String> names = new HashMap<>();
        List<Arrival> arrivals = latest.stream().filter(a -> a.status().attended()).map(a -> new Arrival(
                a.officialId(), names.computeIfAbsent(a.officialId(), officials::nameOf), a.status(), a.checkedInAt()))
                .toList();
        return new ProjectorState(access.toRecord(s), tokens.issue(sessionId, now), tokens.rotatesAt(now),
                window.opensAt(s.startsAt()), window.closesAt(s.startsAt()), open, roster.counts(s), arrivals);
    }
}

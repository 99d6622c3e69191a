package org.xuefa.study;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;

/** How people stand at a session (present, late, excused, absent), read by the modules built on sessions. */
@Service
@Transactional(readOnly = true)
public class SessionMarks {
    private final SessionAccess access;
    private final AttendanceRepository attendance;
    private final CurrentUser currentUser;

    SessionMarks(SessionAccess access, AttendanceRepository attendance, CurrentUser currentUser) {
        this.access = access;
        this.attendance = attendance;
        this.currentUser = currentUser;
    }

    /** One person's attendance at a session. */
    public record Mark(Long attendanceId, Long officialId, AttendanceStatus status) {
    }

    /** The signed-in official's own mark at the session; empty when unmarked or without an official. */
    @Allowed.SignedIn
    public Optional<Mark> mine(Long sessionId) {
        Long me = currentUser.require().officialId();
        return me == null ? Optional.empty()
                : attendance.findBySessionIdAndOfficialId(sessionId, me).map(SessionMarks::toMark);
    }

    /** Every mark of a session whose unit is in the reader's scope. */
    @Allowed.Overseers
    public List<Mark> of(Long sessionId) {
        access.requireReaderOf(access.find(sessionId));
        return attendance.findBySessionId(sessionId).stream().map(SessionMarks::toMark).toList();
    }

    /**
     * How many attended the session (present or late): who may answer its live quiz. For a reader in scope or an
     * invitee of the session only ({@link SessionAccess#viewer}); counted by the database.
     */
    @Allowed.SignedIn
    public int attended(Long sessionId) {
        access.viewer(sessionId);
        int n = 0;
        for (Object[] row : attendance.countByStatus(sessionId)) {
            if (((AttendanceStatus) row[0]).attended()) {
                n += ((Number) row[1]).intValue();
            }
        }
        return n;
    }

    private static Mark toMark(Attendance a) {
        return new Mark(a.getId(), a.officialId(), a.status());
    }
}

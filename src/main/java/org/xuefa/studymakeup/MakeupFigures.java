package org.xuefa.studymakeup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.study.SessionStatus;

/** Make-up tasks done and owed, counted in the database, for the attendance reports (cancelled ones left out). */
@Service
@Transactional(readOnly = true)
public class MakeupFigures {
    private final MakeupTaskRepository tasks;

    MakeupFigures(MakeupTaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Tasks done out of tasks owed. */
    public record Tally(int done, int total) {
    }

    /** Per session with tasks. */
    @Allowed.Overseers
    public Map<Long, Tally> bySession(Collection<Long> sessionIds) {
        return tally(tasks.countBySession(sessionIds));
    }

    /** Per official with tasks for closed sessions that started in [from, to). */
    @Allowed.Overseers
    public Map<Long, Tally> byOfficial(Collection<Long> officialIds, Instant from, Instant to) {
        return tally(tasks.countByOfficial(officialIds, from, to, SessionStatus.CLOSED));
    }

    private static Map<Long, Tally> tally(List<Object[]> rows) {
        Map<Long, int[]> out = new HashMap<>();
        for (Object[] r : rows) {
            MakeupStatus status = (MakeupStatus) r[1];
            if (status == MakeupStatus.CANCELLED) {
                continue;
            }
            int n = ((Number) r[2]).intValue();
            int[] m = out.computeIfAbsent((Long) r[0], k -> new int[2]);
            m[1] += n;
            if (status == MakeupStatus.DONE) {
                m[0] += n;
            }
        }
        Map<Long, Tally> tallies = new HashMap<>();
        out.forEach((id, m) -> tallies.put(id, new Tally(m[0], m[1])));
        return tallies;
    }
}

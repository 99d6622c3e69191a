package org.xuefa.study;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When check-in is open: from {@code xuefa.checkin.opens-minutes-before} the start to
 * {@code xuefa.checkin.closes-minutes-after} it (but never after the session is closed or cancelled).
 */
@Component
public class CheckInWindow {
    private final Duration before;
    private final Duration after;

    CheckInWindow(@Value("${xuefa.checkin.opens-minutes-before:30}") long minutesBefore,
            @Value("${xuefa.checkin.closes-minutes-after:60}") long minutesAfter) {
        this.before = Duration.ofMinutes(minutesBefore);
        this.after = Duration.ofMinutes(minutesAfter);
    }

    public static CheckInWindow of(long minutesBefore, long minutesAfter) {
        return new CheckInWindow(minutesBefore, minutesAfter);
    }

    public Instant opensAt(Instant startsAt) {
        return startsAt.minus(before);
    }

    public Instant closesAt(Instant startsAt) {
        return startsAt.plus(after);
    }

    /** Whether a check-in at {@code now} falls in the window of a session starting at {@code startsAt}. */
    public boolean isOpen(Instant startsAt, Instant now) {
        return !now.isBefore(opensAt(startsAt)) && now.isBefore(closesAt(startsAt));
    }
}

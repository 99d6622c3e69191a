package org.xuefa.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.base.BusinessException;

/**
 * How a session repeats: every week, month or quarter from its first date up to and including {@code until}.
 * Each occurrence becomes a separate session that can be moved or cancelled on its own.
 */
public record Repeat(Frequency frequency, LocalDate until) {
    /** More than two years of weekly sessions is a mistake, not a plan. */
    public static final int MAX_OCCURRENCES = 104;

    public enum Frequency {
        WEEKLY, MONTHLY, QUARTERLY
    }

    /** The start of every occurrence, the first included, at the same local time of day. */
    public List<ZonedDateTime> starts(ZonedDateTime first) {
        if (frequency == null || until == null) {
            throw new BusinessException("study.session.error.repeat");
        }
        if (until.isBefore(first.toLocalDate())) {
            throw new BusinessException("study.session.error.repeat-until");
        }
        List<ZonedDateTime> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            // each step counts from the first date, so 31 January monthly gives 28 February, then 31 March
            ZonedDateTime next = switch (frequency) {
                case WEEKLY -> first.plusWeeks(i);
                case MONTHLY -> first.plusMonths(i);
                case QUARTERLY -> first.plusMonths(3L * i);
            };
            if (next.toLocalDate().isAfter(until)) {
                break;
            }
            if (out.size() == MAX_OCCURRENCES) {
                throw new BusinessException("study.session.error.repeat-too-many", MAX_OCCURRENCES);
            }
            out.add(next);
        }
        return out;
    }

    static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }
}

package org.xuefa.base.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Dates and times as officials read them, in the zone of the application's {@link Clock} (the setting
 * {@code xuefa.zone}): the one set of formatters for every screen. The zone is taken from the clock bean at start-up,
 * so screens, services and tests agree.
 */
@Component
public final class Times implements InitializingBean {
    /** Until the clock bean is known (plain unit tests), the default of {@code xuefa.zone}. */
    private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        zone = clock.getZone();
    }

    /** The application's zone. */
    public static ZoneId zone() {
        return zone;
    }

    /** "2026-11-26". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "2026-11-26", the day of an instant. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "2026-11-26 09:50". */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "2026-11-26 09:50". */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** "2026-11-26 09:50:07", for logs and audit entries. */
    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    /** "09:50". */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** "09:50:07". */
    public static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(zone));
    }

    /** "2026-11-26 09:50 – 11:20", or both dates when the span crosses midnight. */
    public static String span(Instant start, Instant end) {
        boolean sameDay = start != null && end != null
                && start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return dateTime(start) + " – " + (sameDay ? time(end) : dateTime(end));
    }

    /** The wall-clock time of an instant, for date-time pickers. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** The instant of a wall-clock time picked on a screen. */
    public static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    /** The day of an instant. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}

package org.xuefa.study.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Session times as officials read them, in China's time zone. */
final class Times {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    private Times() {
    }

    static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i);
    }

    static String time(Instant i) {
        return i == null ? "" : TIME.format(i);
    }

    /** "2026-11-26 09:50 – 11:20". */
    static String span(Instant start, Instant end) {
        return dateTime(start) + " – " + (start != null && end != null
                && start.atZone(ZONE).toLocalDate().equals(end.atZone(ZONE).toLocalDate()) ? time(end) : dateTime(end));
    }

    static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZONE);
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ZONE).toInstant();
    }
}

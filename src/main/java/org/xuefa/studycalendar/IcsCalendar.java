package org.xuefa.studycalendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Law;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;

/**
 * Writes sessions as an iCalendar (RFC 5545) document: times in UTC, one event per session whose UID never
 * changes and whose SEQUENCE follows the session's version, so calendar apps update moved sessions in place.
 */
@Component
class IcsCalendar {
    private final Messages messages;
    private final CourseCatalog catalog;
    private final String host;

    IcsCalendar(Messages messages, CourseCatalog catalog,
            @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.catalog = catalog;
        String h = URI.create(publicUrl).getHost();
        this.host = h == null || h.isBlank() ? "xuefa" : h;
    }

    /** A stable identifier of the session's event, the same in every feed and every download. */
    String uid(Long sessionId) {
        return "study-session-" + sessionId + "@" + host;
    }

    String write(String ownerName, List<SessionRecord> sessions, Instant now, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Xuefa//Study sessions//" + (Locale.ENGLISH.equals(locale) ? "EN" : "ZH")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.getTranslation("calendarFeed.ics.name", locale,
                ownerName == null ? "" : ownerName)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (SessionRecord s : sessions) {
            VEvent event = new VEvent(s.startsAt(), s.endsAt(), s.title());
            event.replace(new DtStamp(now));
            event.add(new Uid(uid(s.id())));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, s.version())));
            if (s.data().place() != null) {
                event.add(new Location(s.data().place()));
            }
            event.add(new Description(describe(s, locale)));
            event.add(s.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar", e);
        }
        return out.toString();
    }

    private String describe(SessionRecord s, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (s.status() == SessionStatus.CANCELLED) {
            lines.add(t(locale, "calendarFeed.ics.cancelled", s.cancelReason() == null ? "" : s.cancelReason()));
        }
        lines.add(t(locale, "calendarFeed.ics.kind", t(locale, "sessionKind." + s.kind().name()), s.unitName()));
        if (!s.speaker().isBlank()) {
            lines.add(t(locale, "calendarFeed.ics.speaker", s.speaker()));
        }
        if (!s.data().laws().isEmpty()) {
            var library = catalog.library();
            lines.add(t(locale, "calendarFeed.ics.laws", s.data().laws().stream().map(l -> {
                Law law = library.law(l.lawId());
                String name = law == null ? l.lawId() : law.title(locale);
                return l.articles().isBlank() ? name : name + " " + l.articles();
            }).collect(Collectors.joining(Locale.ENGLISH.equals(locale) ? "; " : "；"))));
        }
        lines.add(t(locale, "calendarFeed.ics.hours", s.creditHours().stripTrailingZeros().toPlainString()));
        return String.join("\n", lines);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }
}

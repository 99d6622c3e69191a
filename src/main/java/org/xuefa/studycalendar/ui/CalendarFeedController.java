package org.xuefa.studycalendar.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.studycalendar.CalendarFeeds;

/**
 * A personal iCalendar feed, fetched by calendar apps without signing in: the secret in the link is the
 * credential, and an unknown or revoked one is simply not found.
 */
@RestController
class CalendarFeedController {
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ics(token).map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate()).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

package org.xuefa.studycalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/** The feed as a calendar app gets it: over HTTP, without signing in, parsed with ical4j. */
class CalendarFeedsTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW;

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    StudySessions sessions;
    @Autowired
    IcsCalendar ics;
    @LocalServerPort
    int port;

    private SessionRecord session(String title, Duration fromNow, String unitCode) {
        Instant start = NOW.plus(fromNow);
        return sessions.create(new SessionData(unit("tangpeng"), SessionKind.THEMATIC, title, start,
                start.plus(Duration.ofMinutes(60)), "会议室 " + title, null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第六十三条")), List.of(),
                Set.of(AudienceRule.unit(unit(unitCode))), null), null).get(0);
    }

    private HttpResponse<String> get(String url) throws Exception {
        String path = URI.create(url).getPath();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, VEvent> events(String body) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        return calendar.<VEvent>getComponents().stream().filter(c -> c instanceof VEvent).map(c -> (VEvent) c)
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
    }

    private static String property(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void the_feed_holds_the_cadres_sessions_and_none_of_anyone_elses() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        loginAs("organizer");
        SessionRecord brigade = session("大队学法 " + tag, Duration.ofDays(3), "brigade");
        SessionRecord office = session("办公室学法 " + tag, Duration.ofDays(3), "office");
        SessionRecord called = session("取消的学法 " + tag, Duration.ofDays(5), "brigade");
        sessions.cancel(called.id(), "主讲人出差", called.version());
        SessionRecord longAgo = session("很久以前 " + tag, Duration.ofDays(-60), "brigade");

        loginAs("cadre");
        String url = feeds.regenerate();
        assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        logout(); // the calendar app is not signed in

        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/calendar"));
        Map<String, VEvent> events = events(response.body());

        VEvent mine = events.get(ics.uid(brigade.id()));
        assertThat(mine).as("the cadre's upcoming session").isNotNull();
        assertThat(property(mine, "SUMMARY")).isEqualTo("大队学法 " + tag);
        assertThat(property(mine, "LOCATION")).isEqualTo("会议室 大队学法 " + tag);
        assertThat(property(mine, "DTSTART")).isEqualTo("20261129T020000Z");
        assertThat(property(mine, "DTEND")).isEqualTo("20261129T030000Z");
        assertThat(property(mine, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(mine, "DESCRIPTION")).contains("王律师", "行政处罚法");
        assertThat(property(events.get(ics.uid(called.id())), "STATUS")).isEqualTo("CANCELLED");
        assertThat(events).as("another unit's session").doesNotContainKey(ics.uid(office.id()));
        assertThat(events).as("older than a month").doesNotContainKey(ics.uid(longAgo.id()));
        // the demo town's case-based study next week invites the brigade
        assertThat(events.values()).extracting(e -> property(e, "SUMMARY")).contains("以案说法：行政处罚听证程序")
                .noneMatch(title -> title.startsWith("办公室学法") || title.equals("石角镇讲座"));
    }

    @Test
    void a_new_link_replaces_the_old_one_and_a_revoked_link_is_not_found() throws Exception {
        loginAs("cadre");
        String first = feeds.regenerate();
        String second = feeds.regenerate();
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.activeSince()).contains(NOW);
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        feeds.revoke();
        assertThat(feeds.activeSince()).isEmpty();
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(get("/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/not-a-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void each_link_shows_its_own_accounts_sessions() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        loginAs("organizer");
        SessionRecord office = session("办公室专题 " + tag, Duration.ofDays(2), "office");
        String organizersFeed = feeds.regenerate(); // the organizer works in the office
        loginAs("cadre");
        String cadresFeed = feeds.regenerate();
        logout();
        assertThat(events(get(organizersFeed).body())).containsKey(ics.uid(office.id()));
        assertThat(events(get(cadresFeed).body())).doesNotContainKey(ics.uid(office.id()));
    }
}

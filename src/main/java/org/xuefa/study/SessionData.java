package org.xuefa.study;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.xuefa.people.AudienceRule;

/**
 * What an organizer sets on a session. The speaker is an official ({@code speakerOfficialId}) or an external
 * person named in {@code speakerName} with a title such as 法律顾问. {@code creditHours} null means "from the
 * duration".
 */
public record SessionData(Long unitId, SessionKind kind, String title, Instant startsAt, Instant endsAt, String place,
        Long speakerOfficialId, String speakerName, String speakerTitle, List<StudiedLaw> laws,
        List<LessonRef> lessons, Set<AudienceRule> invitees, BigDecimal creditHours) {

    public SessionData {
        laws = laws == null ? List.of() : List.copyOf(laws);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        invitees = invitees == null ? Set.of() : Set.copyOf(invitees);
    }

    /** The same session moved to other times, e.g. for one occurrence of a repeating series. */
    public SessionData at(Instant starts, Instant ends) {
        return new SessionData(unitId, kind, title, starts, ends, place, speakerOfficialId, speakerName, speakerTitle,
                laws, lessons, invitees, creditHours);
    }
}

package org.xuefa.study;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xuefa.audit.Changes;
import org.xuefa.base.BusinessException;
import org.xuefa.course.Course;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.Audiences;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.Role;

/**
 * What a session's data must satisfy before it is saved (its unit and invitees within the organizer's scope, known
 * laws, lessons and speaker) and how a change of it is written to the audit trail.
 */
@Component
class SessionDataRules {
    private final SessionAccess access;
    private final Officials officials;
    private final CourseCatalog catalog;
    private final Audiences audiences;

    SessionDataRules(SessionAccess access, Officials officials, CourseCatalog catalog, Audiences audiences) {
        this.audiences = audiences;
        this.access = access;
        this.officials = officials;
        this.catalog = catalog;
    }

    /** The data checked, with the speaker's name from the roster and credit hours from the length if none given. */
    SessionData checked(SessionData d, int minutesPerCreditHour) {
        if (d.unitId() == null) {
            throw new BusinessException("study.session.error.unit");
        }
        access.requireOrganizerOf(d.unitId());
        audiences.requireWithinScope(d.invitees(), Role.ORGANIZER);
        audiences.requireInsideOwner(d.invitees(), d.unitId());
        CourseLibrary library = catalog.library();
        for (StudiedLaw law : d.laws()) {
            if (library.law(law.lawId()) == null) {
                throw new BusinessException("study.session.error.law", law.lawId());
            }
        }
        for (LessonRef ref : d.lessons()) {
            Course course = library.courses().get(ref.courseId());
            if (course == null || course.lesson(ref.lessonNo()).isEmpty()) {
                throw new BusinessException("study.session.error.lesson", ref.courseId() + " #" + ref.lessonNo());
            }
        }
        String speakerName = d.speakerName();
        if (d.speakerOfficialId() != null) {
            speakerName = officials.find(d.speakerOfficialId()).map(OfficialRecord::name)
                    .orElseThrow(() -> new BusinessException("study.session.error.speaker"));
        }
        BigDecimal hours = d.creditHours();
        if (hours == null && d.startsAt() != null && d.endsAt() != null) {
            hours = StudySessions.creditHours(Duration.between(d.startsAt(), d.endsAt()),
                    minutesPerCreditHour);
        }
        return new SessionData(d.unitId(), d.kind(), d.title(), d.startsAt(), d.endsAt(), d.place(),
                d.speakerOfficialId(), speakerName, d.speakerTitle(), d.laws(), d.lessons(), d.invitees(), hours);
    }

    static Changes describe(Changes c, SessionData before, SessionData after) {
        SessionData b = before;
        return c.field("unit", b == null ? null : b.unitId(), after.unitId())
                .field("kind", b == null ? null : b.kind(), after.kind())
                .field("title", b == null ? null : b.title(), after.title())
                .field("startsAt", b == null ? null : b.startsAt(), after.startsAt())
                .field("endsAt", b == null ? null : b.endsAt(), after.endsAt())
                .field("place", b == null ? null : b.place(), after.place())
                .field("speaker", b == null ? null : b.speakerName(), after.speakerName())
                .field("creditHours", b == null ? null : b.creditHours(), after.creditHours())
                .field("invitees", b == null ? null : sorted(b.invitees()), sorted(after.invitees()))
                .field("laws", b == null ? null : laws(b), laws(after));
    }

    private static String sorted(Set<AudienceRule> invitees) {
        return invitees.stream().map(AudienceRule::toString).sorted().collect(Collectors.joining(","));
    }

    private static String laws(SessionData d) {
        return d.laws().stream().map(l -> l.lawId() + (l.articles().isEmpty() ? "" : " " + l.articles()))
                .collect(Collectors.joining("; "));
    }
}

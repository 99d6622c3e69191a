package org.xuefa.study;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Allowed;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.Subtrees;

/**
 * Scheduling: organizers schedule sessions in their scope (once or repeating), change, move and cancel them;
 * organizers, leaders and HR read the sessions in their scope. The roster and marking are {@link SessionRoster},
 * leave is {@link SessionLeave}, closing is {@link SessionClosing} and the projector is {@link SessionProjector}.
 */
@Service
@Transactional
public class StudySessions {
    static final String ENTITY = "study_session";

    private final StudySessionRepository sessions;
    private final SessionAccess access;
    private final SessionDataRules rules;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final Clock clock;
    private final int minutesPerCreditHour;

    StudySessions(StudySessionRepository sessions, SessionAccess access, SessionDataRules rules, OrgUnits orgUnits,
            AuditLog audit, Clock clock,
            @Value("${xuefa.session.minutes-per-credit-hour:45}") int minutesPerCreditHour) {
        this.sessions = sessions;
        this.access = access;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
        this.minutesPerCreditHour = minutesPerCreditHour;
    }

    // ---- reading

    /** Sessions of units in the reader's scope, latest first, a page at a time. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<SessionRecord> list(SessionFilter filter, int offset, int limit) {
        Map<Long, OrgUnitRecord> visible = visibleUnits();
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
        return sessions.findAll(spec(filter, visible.keySet()), page)
                .map(s -> s.toRecord(unitName(visible, s.unitId()))).getContent();
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public long count(SessionFilter filter) {
        return sessions.count(spec(filter, visibleUnits().keySet()));
    }

    @Allowed.Overseers
    @Transactional(readOnly = true)
    public SessionRecord get(Long sessionId) {
        return access.read(sessionId);
    }

    /** The unit's own sessions (any status) that start in [from, to), if the unit is in the reader's scope. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<SessionRecord> ofUnit(Long unitId, Instant from, Instant to) {
        if (!access.mayRead(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
        String unitName = orgUnits.nameOf(unitId);
        return sessions.ofUnit(unitId, from, to).stream().map(s -> s.toRecord(unitName)).toList();
    }

    /**
     * The closed sessions of a unit's subtree (through the indexed unit path) that start in [from, to), by start,
     * if the unit is in the reader's scope: one statement however many units the subtree holds.
     */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<SessionRecord> closedInSubtree(Long unitId, Instant from, Instant to) {
        if (!access.mayRead(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside your scope");
        }
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        String pattern = new Subtrees(List.of(units.get(unitId).path())).patterns().get(0);
        return sessions.closedUnder(pattern, from, to).stream().map(s -> s.toRecord(units.get(s.unitId()).name()))
                .toList();
    }

    /** The closed sessions in [from, to) at which the official spoke, of units in the reader's scope, by start. */
    @Allowed.Overseers
    @Transactional(readOnly = true)
    public List<SessionRecord> closedSpokenBy(Long officialId, Instant from, Instant to) {
        return sessions.spokenBy(officialId, SessionStatus.CLOSED, from, to).stream()
                .filter(s -> access.mayRead(s.unitId())).map(s -> s.toRecord(orgUnits.nameOf(s.unitId()))).toList();
    }

    /**
     * The sessions with these ids, for modules that keep session ids (a make-up task, a record) and show them to
     * whom the id concerns: it does not check scope, so the caller decides who sees what.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Map<Long, SessionRecord> records(Collection<Long> sessionIds) {
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        return sessions.findAllById(sessionIds).stream()
                .collect(Collectors.toMap(StudySession::getId, s -> s.toRecord(unitName(units, s.unitId()))));
    }

    /** Credit hours for a session of this length: whole minutes per credit hour, rounded down to a half. */
    @Allowed.SignedIn
    public BigDecimal defaultCreditHours(Instant startsAt, Instant endsAt) {
        return creditHours(Duration.between(startsAt, endsAt), minutesPerCreditHour);
    }

    static BigDecimal creditHours(Duration length, int minutesPerCreditHour) {
        if (length.isNegative() || length.isZero()) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal halves = BigDecimal.valueOf(length.toMinutes() * 2L)
                .divide(BigDecimal.valueOf(minutesPerCreditHour), 0, RoundingMode.FLOOR);
        return halves.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    // ---- organizing

    /**
     * Schedules a session, or with a repeat one session per occurrence (the same series), each at the same local
     * time and length. Returns them in date order.
     */
    @Allowed.Organizers
    public List<SessionRecord> create(SessionData data, Repeat repeat) {
        SessionData d = rules.checked(data, minutesPerCreditHour);
        List<SessionData> occurrences = new ArrayList<>();
        if (repeat == null) {
            occurrences.add(d);
        } else {
            ZoneId zone = clock.getZone();
            Duration length = Duration.between(d.startsAt(), d.endsAt());
            for (ZonedDateTime start : repeat.starts(d.startsAt().atZone(zone))) {
                occurrences.add(d.at(start.toInstant(), start.toInstant().plus(length)));
            }
        }
        Instant now = clock.instant();
        List<StudySession> saved = new ArrayList<>();
        for (SessionData o : occurrences) {
            saved.add(sessions.save(new StudySession(o, now)));
        }
        if (repeat != null) {
            Long series = saved.get(0).getId();
            saved.forEach(s -> s.joinSeries(series));
        }
        sessions.flush();
        String unitName = orgUnits.nameOf(d.unitId());
        for (StudySession s : saved) {
            audit.record("CREATE", ENTITY, s.getId(), "session " + s.title(),
                    SessionDataRules.describe(Changes.of(), null, s.data())
                            .set("repeat", repeat == null ? null : repeat.frequency() + " until " + repeat.until())
                            .toString());
        }
        return saved.stream().map(s -> s.toRecord(unitName)).toList();
    }

    /** Changes one session (moving it is changing its times); never others of its series. */
    @Allowed.Organizers
    public SessionRecord update(Long sessionId, SessionData data, long version) {
        StudySession s = access.organizedSession(sessionId);
        s.checkVersion(version);
        s.requireScheduled();
        SessionData d = rules.checked(data, minutesPerCreditHour);
        Changes changes = SessionDataRules.describe(Changes.of(), s.data(), d);
        s.apply(d);
        sessions.saveAndFlush(s);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", ENTITY, sessionId, "session " + s.title(), changes.toString());
        }
        return access.toRecord(s);
    }

    @Allowed.Organizers
    public SessionRecord cancel(Long sessionId, String reason, long version) {
        StudySession s = access.organizedSession(sessionId);
        s.checkVersion(version);
        s.cancel(reason);
        sessions.saveAndFlush(s);
        audit.record("CANCEL", ENTITY, sessionId, "session " + s.title(), "reason: " + reason.trim());
        return access.toRecord(s);
    }

    // ---- helpers

    private Map<Long, OrgUnitRecord> visibleUnits() {
        return orgUnits.visibleTree().stream().collect(Collectors.toMap(OrgUnitRecord::id, u -> u));
    }

    private static String unitName(Map<Long, OrgUnitRecord> units, Long id) {
        OrgUnitRecord u = units.get(id);
        return u == null ? "" : u.name();
    }

    private Specification<StudySession> spec(SessionFilter f, Set<Long> visibleUnits) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            if (visibleUnits.isEmpty()) {
                return cb.disjunction();
            }
            List<Predicate> p = new ArrayList<>();
            p.add(root.get("unitId").in(visibleUnits));
            if (f.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), f.unitId()));
            }
            if (f.year() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("startsAt"),
                        LocalDate.of(f.year(), 1, 1).atStartOfDay(zone).toInstant()));
                p.add(cb.lessThan(root.get("startsAt"), LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
            }
            if (f.kind() != null) {
                p.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("place")), like),
                        cb.like(cb.lower(root.get("speakerName")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}

package org.xuefa.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * Turns a session's invitee rules into people. Roles and categories count only within the session's unit (the
 * town's leaders, not every town's). Someone is counted only if they belonged on the session's day: joined on or
 * before it and not left before it.
 */
@Component
class Invitations {
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final AccountService accounts;
    private final Clock clock;

    Invitations(Officials officials, OrgUnits orgUnits, AccountService accounts, Clock clock) {
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The officials a session counts, within the caller's organizer scope, by name. */
    List<OfficialRecord> resolve(StudySession session) {
        Map<Long, OrgUnitRecord> units = orgUnits.byId();
        Map<Role, Set<Long>> holders = new EnumMap<>(Role.class);
        LocalDate day = session.day(clock.getZone());
        OrgUnitRecord sessionUnit = units.get(session.unitId());
        return officials.allInScope(Role.ORGANIZER).stream()
                .filter(o -> belongedOn(o, day))
                .filter(o -> matches(session.invitees(), o, sessionUnit, units,
                        role -> holders.computeIfAbsent(role, accounts::officialsWithRole).contains(o.id())))
                .toList();
    }

    /** Whether the session invites the signed-in user's own official and they belonged on its day. */
    boolean invites(StudySession session, OfficialRecord me, XuefaUser user, Map<Long, OrgUnitRecord> units) {
        return belongedOn(me, session.day(clock.getZone()))
                && matches(session.invitees(), me, units.get(session.unitId()), units, user::has);
    }

    static boolean belongedOn(OfficialRecord o, LocalDate day) {
        return (o.joinedOn() == null || !o.joinedOn().isAfter(day)) && (o.leftOn() == null || !o.leftOn().isBefore(day));
    }

    static boolean matches(Set<Invitee> rules, OfficialRecord o, OrgUnitRecord sessionUnit,
            Map<Long, OrgUnitRecord> units, Predicate<Role> holdsRole) {
        OrgUnitRecord home = units.get(o.unitId());
        boolean inSessionUnit = home != null && sessionUnit != null && home.path().startsWith(sessionUnit.path());
        for (Invitee rule : rules) {
            boolean hit = switch (rule.kind()) {
                case OFFICIAL -> rule.ref().equals(String.valueOf(o.id()));
                case UNIT -> {
                    OrgUnitRecord unit = units.get(Long.valueOf(rule.ref()));
                    yield unit != null && home != null && home.path().startsWith(unit.path());
                }
                case CATEGORY -> inSessionUnit && o.category() != null && rule.ref().equals(o.category().name());
                case ROLE -> inSessionUnit && holdsRole.test(Role.valueOf(rule.ref()));
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }
}

package org.xuefa.quiz;

import java.util.Map;
import java.util.Set;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;

/** Decides whether an official belongs to an exam's audience. */
final class Audience {
    private Audience() {
    }

    static boolean includes(Set<AudienceRule> rules, OfficialRecord o, Map<Long, OrgUnitRecord> units) {
        if (!o.active()) {
            return false;
        }
        OrgUnitRecord home = units.get(o.unitId());
        for (AudienceRule r : rules) {
            switch (r.kind()) {
                case OFFICIAL -> {
                    if (r.ref().equals(String.valueOf(o.id()))) {
                        return true;
                    }
                }
                case CATEGORY -> {
                    if (o.category() != null && r.ref().equals(o.category().name())) {
                        return true;
                    }
                }
                case UNIT -> {
                    OrgUnitRecord unit = units.get(Long.valueOf(r.ref()));
                    if (unit != null && home != null && home.path().startsWith(unit.path())) {
                        return true;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return false;
    }
}

package org.xuefa.certification;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/**
 * Who may read or change a person's credentials, in one place: everyone reads their own; HR, leaders and
 * administrators read those of officials in their scope; HR and administrators change those in their HR scope.
 */
@Component
class CredentialAccess {
    private final Officials officials;
    private final CurrentUser currentUser;

    CredentialAccess(Officials officials, CurrentUser currentUser) {
        this.officials = officials;
        this.currentUser = currentUser;
    }

    /** The person whose credentials the caller may read, or {@link AccessDeniedException}. */
    OfficialRecord readable(Long officialId) {
        OfficialRecord me = officials.me().orElse(null);
        if (me != null && me.id().equals(officialId)) {
            return me;
        }
        XuefaUser user = currentUser.require();
        OfficialRecord person = user.has(Role.HR) || user.has(Role.LEADER) || user.has(Role.ADMIN)
                ? readers().get(officialId) : null;
        if (person == null) {
            throw new AccessDeniedException("official " + officialId + " is not yours to see");
        }
        return person;
    }

    /** Refuses a credential whose holder lies outside the caller's HR scope. */
    void requireEditable(Credential c) {
        if (!editors().containsKey(c.holderId())) {
            throw new AccessDeniedException("credential " + c.getId() + " is outside your scope");
        }
    }

    /** Officials whose credentials the caller reads as HR or leader, by id. */
    Map<Long, OfficialRecord> readers() {
        return scope(Role.HR, Role.LEADER);
    }

    /** Officials whose credentials the caller changes as HR, by id. */
    Map<Long, OfficialRecord> editors() {
        return scope(Role.HR);
    }

    /** Officials the caller oversees as organizer, HR or leader, by id: whose entitlement a report may show. */
    Map<Long, OfficialRecord> overseen() {
        return scope(Role.ORGANIZER, Role.HR, Role.LEADER);
    }

    private Map<Long, OfficialRecord> scope(Role... roles) {
        return officials.allInScope(roles).stream().collect(Collectors.toMap(OfficialRecord::id, Function.identity()));
    }
}

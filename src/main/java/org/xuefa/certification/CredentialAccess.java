package org.xuefa.certification;

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
 * Each check looks at one person (the unit tree, never the scope's officials); lists are scoped in SQL by
 * {@link RegisterQueries}.
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
        if (user.has(Role.HR) || user.has(Role.LEADER) || user.has(Role.ADMIN)) {
            OfficialRecord person = officials.find(officialId).orElse(null);
            if (person != null) {
                officials.requireInScope(officialId, Role.HR, Role.LEADER);
                return person;
            }
        }
        throw new AccessDeniedException("official " + officialId + " is not yours to see");
    }

    /** The person whose credentials the caller may change as HR, or {@link AccessDeniedException}. */
    OfficialRecord editable(Long officialId) {
        officials.requireInScope(officialId, Role.HR);
        return officials.find(officialId)
                .orElseThrow(() -> new AccessDeniedException("official " + officialId + " is outside your scope"));
    }

    /** Refuses a credential whose holder lies outside the caller's HR scope. */
    void requireEditable(Credential c) {
        officials.requireInScope(c.holderId(), Role.HR);
    }
}
